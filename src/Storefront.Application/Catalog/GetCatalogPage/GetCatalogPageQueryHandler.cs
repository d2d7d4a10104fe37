using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog.GetCatalogPage;

public sealed class GetCatalogPageQueryHandler(IStorefrontDbContext db, HybridCache cache) : IQueryHandler<GetCatalogPageQuery, CatalogPage>
{
    public async ValueTask<CatalogPage> Handle(GetCatalogPageQuery query, CancellationToken cancellationToken)
    {
        var shelves = await CatalogShelves.GetAsync(db, cache, cancellationToken);
        var category = shelves.Categories.FirstOrDefault(c => Slug.IsValid(query.Category) && c.Slug == Slug.Parse(query.Category).Value);

        var products = Filter(db.Products.AsNoTracking().Where(ForSale.Listed), query, category?.Id);
        var total = await products.CountAsync(cancellationToken);
        var page = new Paging(query.Page, GetCatalogPageQuery.PageSize);
        var items = await Sort(products, query.Sort)
            .Page(page)
            .ProjectToCards()
            .ToListAsync(cancellationToken);

        return new CatalogPage(
            items,
            total,
            page.Number,
            page.PageCount(total),
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

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchText.ContainsPattern(query.Search);
            products = products.Where(p =>
                EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Description, pattern, "\\"));
        }

        return products;
    }

    private static IQueryable<Product> Sort(IQueryable<Product> products, string? sort) => CatalogSort.Normalise(sort) switch
    {
        CatalogSort.PriceLowToHigh => products.OrderBy(p => p.FromPrice).ThenBy(p => p.Name),
        CatalogSort.PriceHighToLow => products.OrderByDescending(p => p.FromPrice).ThenBy(p => p.Name),
        CatalogSort.Newest => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Name),
        _ => products.OrderByDescending(p => p.IsFeatured).ThenBy(p => p.Name),
    };
}
