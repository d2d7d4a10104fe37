using Mediator;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products.AddVariant;

public sealed class AddVariantCommandHandler(IStorefrontDbContext db) : ICommandHandler<AddVariantCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddVariantCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        var variant = product.AddVariant(
            command.Sku,
            command.Size,
            command.Colour,
            command.ColourHex,
            new Money(command.Price),
            command.CompareAtPrice is { } compareAt ? new Money(compareAt) : null,
            command.StockOnHand);
        await db.SaveProductAsync(cancellationToken);
        return variant.Id;
    }
}
