using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Products.RemoveVariant;

/// <summary>Answers true when the variant was retired rather than deleted.</summary>
public sealed class RemoveVariantCommandHandler(IStorefrontDbContext db) : ICommandHandler<RemoveVariantCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveVariantCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        var appearsInOrders = await db.Orders.AnyAsync(o => o.Lines.Any(l => l.VariantId == command.VariantId), cancellationToken);
        product.RemoveVariant(command.VariantId, appearsInOrders);
        await db.SaveProductAsync(cancellationToken);
        return appearsInOrders;
    }
}
