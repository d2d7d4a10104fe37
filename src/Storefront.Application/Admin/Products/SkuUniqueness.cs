using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Products;

internal static class SkuUniqueness
{
    /// <summary>True when no variant in the whole shop, other than <paramref name="exceptVariantId"/>, has this SKU.</summary>
    public static async Task<bool> IsSkuFreeAsync(this IStorefrontDbContext db, string sku, Guid? exceptVariantId, CancellationToken cancellationToken)
    {
        var normalised = sku.Trim().ToUpperInvariant();
        return !await db.Products.SelectMany(p => p.Variants)
            .AnyAsync(v => v.Sku == normalised && v.Id != exceptVariantId, cancellationToken);
    }
}
