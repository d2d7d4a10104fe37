using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products;

internal static class ProductSaving
{
    public static async Task<Product> LoadAsync(this IStorefrontDbContext db, Guid productId, CancellationToken cancellationToken) =>
        await db.Products.Include(p => p.Variants).Include(p => p.Images).FirstOrDefaultAsync(p => p.Id == productId, cancellationToken)
        ?? throw new DomainException("That product no longer exists.");

    /// <summary>Saves, turning a lost race between two editors into the same message a stale form gets.</summary>
    public static async Task SaveProductAsync(this IStorefrontDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(Product.ConcurrentEditMessage);
        }
    }
}
