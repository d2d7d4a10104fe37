using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Products.AdjustStock;

public sealed class AdjustStockCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<AdjustStockCommand>
{
    public async ValueTask<Unit> Handle(AdjustStockCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        db.StockAdjustments.Add(product.AdjustStock(command.VariantId, command.StockOnHand, command.Reason, clock.UtcNow));
        await db.SaveProductAsync(cancellationToken);
        return Unit.Value;
    }
}
