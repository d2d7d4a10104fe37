using Mediator;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products.UpdateVariant;

public sealed class UpdateVariantCommandHandler(IStorefrontDbContext db) : ICommandHandler<UpdateVariantCommand>
{
    public async ValueTask<Unit> Handle(UpdateVariantCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        product.ChangeVariant(command.VariantId, command.Sku, command.Size, command.Colour, command.ColourHex);
        product.RepriceVariant(command.VariantId, new Money(command.Price), command.CompareAtPrice is { } compareAt ? new Money(compareAt) : null);
        await db.SaveProductAsync(cancellationToken);
        return Unit.Value;
    }
}
