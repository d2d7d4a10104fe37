using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Products.RemoveVariant;

/// <summary>Answers true when the variant was retired rather than deleted.</summary>
public sealed class RemoveVariantCommandHandler(IStorefrontDbContext db) : ICommandHandler<RemoveVariantCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveVariantCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        var appearsInOrders = await AppearsInOrdersAsync();
        product.RemoveVariant(command.VariantId, appearsInOrders);
        await db.SaveProductAsync(cancellationToken);
        return appearsInOrders;
    }

    // Orders arrive with the checkout work: this becomes a query on order lines by variant id. Until then no variant was ever ordered.
    private static Task<bool> AppearsInOrdersAsync() => Task.FromResult(false);
}
