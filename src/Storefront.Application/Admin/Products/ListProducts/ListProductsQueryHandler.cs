using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.ListProducts;

public sealed class ListProductsQueryHandler(IStorefrontDbContext db) : IQueryHandler<ListProductsQuery, AdminProductList>
{
    public async ValueTask<AdminProductList> Handle(ListProductsQuery query, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchText.ContainsPattern(query.Search);
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, "\\")
                || p.Variants.Any(v => EF.Functions.Like(v.Sku, pattern, "\\")));
        }

        if (query.Status is { } status)
        {
            products = products.Where(p => p.Status == status);
        }

        if (query.CategoryId is { } categoryId)
        {
            products = products.Where(p => p.CategoryId == categoryId);
        }

        var page = new Paging(query.Page, ListProductsQuery.PageSize);
        var total = await products.CountAsync(cancellationToken);
        var rows = await Sort(products, query.Sort)
            .Page(page)
            .Select(p => new AdminProductRow(
                p.Id,
                p.Name,
                p.Slug.Value,
                p.Status,
                db.Categories.Where(c => c.Id == p.CategoryId).Select(c => c.Name).First(),
                p.FromPrice,
                p.Variants.Count(v => !v.IsRetired),
                p.Variants.Where(v => !v.IsRetired).Sum(v => v.StockOnHand - v.Reserved),
                p.Variants.Count(v => !v.IsRetired && v.StockOnHand - v.Reserved > 0 && v.StockOnHand - v.Reserved <= ProductVariant.LowStockThreshold),
                p.Variants.Count(v => !v.IsRetired && v.StockOnHand - v.Reserved <= 0)))
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CategoryOption(c.Id, c.Name)).ToListAsync(cancellationToken);

        return new AdminProductList(rows, total, page.Number, page.PageCount(total), categories);
    }

    private static IQueryable<Product> Sort(IQueryable<Product> products, string? sort) => sort switch
    {
        "newest" => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Name),
        "price" => products.OrderBy(p => p.FromPrice).ThenBy(p => p.Name),
        "stock" => products.OrderBy(p => p.Variants.Where(v => !v.IsRetired).Sum(v => v.StockOnHand - v.Reserved)).ThenBy(p => p.Name),
        _ => products.OrderBy(p => p.Name),
    };
}
