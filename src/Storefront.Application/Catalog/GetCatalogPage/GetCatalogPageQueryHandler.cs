using System.ComponentModel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Catalog.Search;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog.GetCatalogPage;

public sealed class GetCatalogPageQueryHandler(IStorefrontDbContext db, HybridCache cache, CatalogSearch search) : IQueryHandler<GetCatalogPageQuery, CatalogPage>
{
    public async ValueTask<CatalogPage> Handle(GetCatalogPageQuery query, CancellationToken cancellationToken)
    {
        var shelves = await ShelvesAsync(cancellationToken);
        var category = shelves.Categories.FirstOrDefault(c => Slug.IsValid(query.Category) && c.Slug == Slug.Parse(query.Category).Value);

        var hits = CatalogSearchIndex.HasTerms(query.Search) ? (await search.IndexAsync(cancellationToken)).Search(query.Search) : null;
        var products = Filter(db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published), query, category?.Id);
        if (hits is not null)
        {
            var matched = hits.Select(h => h.ProductId).ToList();
            products = products.Where(p => matched.Contains(p.Id));
        }

        var (items, total) = hits is not null && CatalogSort.Normalise(query.Sort) == CatalogSort.Featured
            ? await BestMatchesFirstAsync(products, hits, query.Page, cancellationToken)
            : await SortedAsync(products, query, cancellationToken);

        return new CatalogPage(
            items,
            total,
            query.Page,
            Math.Max(1, (int)Math.Ceiling(total / (double)GetCatalogPageQuery.PageSize)),
            category is null ? null : new CategoryLink(category.Name, category.Slug),
            new CatalogFacets(
                shelves.Categories.Select(c => new CategoryLink(c.Name, c.Slug)).ToList(),
                shelves.Sizes,
                shelves.Colours));
    }

    private static IQueryable<Product> Filter(IQueryable<Product> products, GetCatalogPageQuery query, Guid? categoryId)
    {
        if (!string.IsNullOrEmpty(query.Category))
        {
            // An unknown category matches nothing: /shop/{category} of a missing category is an empty shelf, not the whole shop.
            products = products.Where(p => p.CategoryId == (categoryId ?? Guid.Empty));
        }

        if (!string.IsNullOrWhiteSpace(query.Search) && !CatalogSearchIndex.HasTerms(query.Search))
        {
            // Only symbols ("%", "\\"): no word for the index to match, so look for the characters themselves.
            var pattern = SearchText.ContainsPattern(query.Search);
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Description, pattern, "\\"));
        }

        if (CatalogLabels.ParseStyle(query.Style) is { } style)
        {
            products = products.Where(p => p.Style == style);
        }

        if (CatalogLabels.ParseCompression(query.Compression) is { } compression)
        {
            products = products.Where(p => p.Compression == compression);
        }

        if (CatalogLabels.ParseUse(query.Use) is { } use)
        {
            products = products.Where(p => (p.Uses & use) == use);
        }

        if (!string.IsNullOrWhiteSpace(query.Size))
        {
            products = products.Where(p => p.Variants.Any(v => v.Size == query.Size && !v.IsRetired && v.StockOnHand - v.Reserved > 0));
        }

        if (!string.IsNullOrWhiteSpace(query.Colour))
        {
            products = products.Where(p => p.Variants.Any(v => v.Colour == query.Colour && !v.IsRetired));
        }

        return products;
    }

    private static async Task<(List<ProductCard> Items, int Total)> SortedAsync(IQueryable<Product> products, GetCatalogPageQuery query, CancellationToken cancellationToken)
    {
        var total = await products.CountAsync(cancellationToken);
        var items = await Sort(products, query.Sort)
            .Skip((query.Page - 1) * GetCatalogPageQuery.PageSize)
            .Take(GetCatalogPageQuery.PageSize)
            .ProjectToCards()
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>A search in the default order lists the best matches first: the filters pick which hits stay, the index ranks them.</summary>
    private static async Task<(List<ProductCard> Items, int Total)> BestMatchesFirstAsync(
        IQueryable<Product> products, IReadOnlyList<SearchHit> hits, int page, CancellationToken cancellationToken)
    {
        var kept = (await products.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var pageIds = hits.Where(h => kept.Contains(h.ProductId))
            .Skip((page - 1) * GetCatalogPageQuery.PageSize)
            .Take(GetCatalogPageQuery.PageSize)
            .Select(h => h.ProductId)
            .ToList();
        var cards = pageIds.Count == 0
            ? []
            : await products.Where(p => pageIds.Contains(p.Id)).ProjectToCards().ToListAsync(cancellationToken);
        return (cards.OrderBy(c => pageIds.IndexOf(c.Id)).ToList(), kept.Count);
    }

    private static IQueryable<Product> Sort(IQueryable<Product> products, string? sort) => CatalogSort.Normalise(sort) switch
    {
        CatalogSort.PriceLowToHigh => products.OrderBy(p => p.FromPrice).ThenBy(p => p.Name),
        CatalogSort.PriceHighToLow => products.OrderByDescending(p => p.FromPrice).ThenBy(p => p.Name),
        CatalogSort.Newest => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Name),
        _ => products.OrderByDescending(p => p.IsFeatured).ThenBy(p => p.Name),
    };

    /// <summary>
    /// The categories, sizes and colours the filters offer. They change only when an admin edits the catalog, so they
    /// are cached under the listings tag that such an edit evicts.
    /// </summary>
    private ValueTask<Shelves> ShelvesAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            "catalog:shelves",
            async token =>
            {
                var categories = await db.Categories.AsNoTracking()
                    .OrderBy(c => c.SortOrder)
                    .Select(c => new { c.Id, c.Name, c.Slug })
                    .ToListAsync(token);
                var variants = await db.Products.AsNoTracking()
                    .Where(p => p.Status == ProductStatus.Published)
                    .SelectMany(p => p.Variants.Where(v => !v.IsRetired).Select(v => new { v.Size, v.Colour }))
                    .Distinct()
                    .ToListAsync(token);
                return new Shelves(
                    categories.Select(c => new ShelfCategory(c.Id, c.Name, c.Slug.Value)).ToList(),
                    variants.Select(v => v.Size).Distinct().OrderBy(SizeChart.Rank).ToList(),
                    variants.Select(v => v.Colour).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList());
            },
            tags: [PageTags.Listings],
            cancellationToken: cancellationToken);

    // Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
    [ImmutableObject(true)]
    private sealed record Shelves(List<ShelfCategory> Categories, List<string> Sizes, List<string> Colours);

    private sealed record ShelfCategory(Guid Id, string Name, string Slug);
}
