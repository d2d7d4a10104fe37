using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog;

/// <summary>
/// The categories, sizes and colours of the catalog: the shop's filters and the product page's breadcrumb. They change
/// only when an admin edits the catalog, so they are cached under the listings tag that such an edit evicts.
/// </summary>
internal static class CatalogShelves
{
    public static ValueTask<Shelves> GetAsync(IStorefrontDbContext db, HybridCache cache, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            "catalog:shelves",
            async token =>
            {
                var categories = await db.Categories.AsNoTracking()
                    .OrderBy(c => c.SortOrder)
                    .Select(c => new { c.Id, c.Name, c.Slug })
                    .ToListAsync(token);
                var variants = await db.Products.AsNoTracking()
                    .Where(ForSale.Listed)
                    .SelectMany(p => p.Variants.AsQueryable().Where(ForSale.Offered).Select(v => new { v.Size, v.Colour }))
                    .Distinct()
                    .ToListAsync(token);
                return new Shelves(
                    categories.Select(c => new ShelfCategory(c.Id, c.Name, c.Slug.Value)).ToList(),
                    variants.Select(v => v.Size).Distinct().OrderBy(SizeChart.Rank).ToList(),
                    variants.Select(v => v.Colour).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList());
            },
            tags: [PageTags.Listings],
            cancellationToken: cancellationToken);
}

// Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
[ImmutableObject(true)]
internal sealed record Shelves(List<ShelfCategory> Categories, List<string> Sizes, List<string> Colours);

internal sealed record ShelfCategory(Guid Id, string Name, string Slug);
