using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog;

/// <summary>
/// The categories of the catalog and what each listed product offers to the shop's filters (style, compression, uses,
/// sizes in stock, colours): the filter choices with their counts, and the product page's breadcrumb. They change only
/// when an admin edits the catalog or stock moves, and both evict the listings tag they are cached under.
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
                var products = await ProductsQuery(db.Products).ToListAsync(token);
                var variants = products.SelectMany(p => p.Variants).ToList();
                return new Shelves(
                    categories.Select(c => new ShelfCategory(c.Id, c.Name, c.Slug.Value)).ToList(),
                    variants.Select(v => v.Size).Distinct().OrderBy(SizeChart.Rank).ToList(),
                    variants.Select(v => v.Colour).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList(),
                    products.Select(p => new ShelfProduct(
                        p.Id,
                        p.CategoryId,
                        p.Style,
                        p.Compression,
                        p.Uses,
                        p.Variants.Where(v => v.Available > 0).Select(v => v.Size).Distinct().ToList(),
                        p.Variants.Select(v => v.Colour).Distinct().ToList())).ToList());
            },
            tags: [PageTags.Listings],
            cancellationToken: cancellationToken);

    /// <summary>
    /// Every listed product with its offered variants, in one statement (a split query would cost the shop a second
    /// one). A test checks that it translates on SQL Server as well as on SQLite.
    /// </summary>
    public static IQueryable<ShelfSource> ProductsQuery(IQueryable<Product> products) =>
        products.AsNoTracking()
            .Where(ForSale.Listed)
            .Select(p => new ShelfSource(
                p.Id,
                p.CategoryId,
                p.Style,
                p.Compression,
                p.Uses,
                p.Variants.AsQueryable().Where(ForSale.Offered).Select(v => new ShelfSourceVariant(v.Size, v.Colour, v.StockOnHand - v.Reserved)).ToList()))
            .AsSingleQuery();
}

internal sealed record ShelfSource(Guid Id, Guid CategoryId, SockStyle Style, CompressionLevel Compression, SockUse Uses, List<ShelfSourceVariant> Variants);

/// <summary>An offered size and colour; <see cref="Available"/> is <see cref="ProductVariant.Available"/>, so above zero it is in stock.</summary>
internal sealed record ShelfSourceVariant(string Size, string Colour, int Available);

// Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
[ImmutableObject(true)]
internal sealed record Shelves(List<ShelfCategory> Categories, List<string> Sizes, List<string> Colours, List<ShelfProduct> Products);

internal sealed record ShelfCategory(Guid Id, string Name, string Slug);

/// <summary>What the shop's filters ask of one listed product.</summary>
internal sealed record ShelfProduct(Guid Id, Guid CategoryId, SockStyle Style, CompressionLevel Compression, SockUse Uses, List<string> SizesInStock, List<string> Colours);
