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
        var shelves = await CatalogShelves.GetAsync(db, cache, cancellationToken);
        var category = shelves.Categories.FirstOrDefault(c => Slug.IsValid(query.Category) && c.Slug == Slug.Parse(query.Category).Value);

        var hits = await SearchAsync(query.Search, cancellationToken);
        var matched = hits?.Select(h => h.ProductId).ToHashSet();
        var products = Filter(db.Products.AsNoTracking().Where(ForSale.Listed), query, category?.Id);
        if (matched is not null)
        {
            var ids = matched.ToList();
            products = products.Where(p => ids.Contains(p.Id));
        }

        var page = new Paging(query.Page, GetCatalogPageQuery.PageSize);
        var (items, total) = CatalogSearchIndex.HasTerms(query.Search) && CatalogSort.Normalise(query.Sort) == CatalogSort.Featured
            ? await BestMatchesFirstAsync(products, hits!, page, cancellationToken)
            : await SortedAsync(products, query.Sort, page, cancellationToken);

        return new CatalogPage(
            items,
            total,
            page.Number,
            page.PageCount(total),
            category is null ? null : new CategoryLink(category.Name, category.Slug),
            FacetCounts.Count(shelves, query, category?.Id, matched));
    }

    /// <summary>The products a search matches, best first, or null without a search.</summary>
    private async Task<IReadOnlyList<SearchHit>?> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var index = await search.IndexAsync(cancellationToken);
        return CatalogSearchIndex.HasTerms(text) ? index.Search(text) : index.Containing(text);
    }

    private static IQueryable<Product> Filter(IQueryable<Product> products, GetCatalogPageQuery query, Guid? categoryId)
    {
        if (!string.IsNullOrEmpty(query.Category))
        {
            // An unknown category matches nothing: /shop/{category} of a missing category is an empty shelf, not the whole shop.
            products = products.Where(p => p.CategoryId == (categoryId ?? Guid.Empty));
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
            products = products.Where(ForSale.AnyVariant(ForSale.InStock.And(v => v.Size == query.Size)));
        }

        if (!string.IsNullOrWhiteSpace(query.Colour))
        {
            products = products.Where(ForSale.AnyVariant(ForSale.Offered.And(v => v.Colour == query.Colour)));
        }

        return products;
    }

    private static async Task<(List<ProductCard> Items, int Total)> SortedAsync(IQueryable<Product> products, string? sort, Paging page, CancellationToken cancellationToken)
    {
        var total = await products.CountAsync(cancellationToken);
        var items = await Sort(products, sort)
            .Page(page)
            .ProjectToCards()
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>A search in the default order lists the best matches first: the filters pick which hits stay, the index ranks them.</summary>
    private static async Task<(List<ProductCard> Items, int Total)> BestMatchesFirstAsync(
        IQueryable<Product> products, IReadOnlyList<SearchHit> hits, Paging page, CancellationToken cancellationToken)
    {
        var kept = (await products.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var pageIds = hits.Where(h => kept.Contains(h.ProductId))
            .Skip((page.Number - 1) * page.Size)
            .Take(page.Size)
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
}
