using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Carts.ReviewCartChanges;

public sealed class ReviewCartChangesCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<ReviewCartChangesCommand>
{
    public async ValueTask<Unit> Handle(ReviewCartChangesCommand command, CancellationToken cancellationToken)
    {
        if (await CartStore.FindAsync(db, command.CartId, cancellationToken) is not { } cart)
        {
            return Unit.Value;
        }

        var catalog = await CatalogStock.LoadAsync(db, cart.Lines.Select(l => l.VariantId).ToList(), tracked: false, cancellationToken);
        foreach (var line in cart.Lines.ToList())
        {
            var stocked = catalog.GetValueOrDefault(line.VariantId);
            cart.Review(line.VariantId, stocked?.Variant.Price.Amount ?? line.SeenUnitPrice, stocked?.Available ?? 0, stocked?.CanBeBought ?? false, clock.UtcNow);
        }

        await CartStore.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}
