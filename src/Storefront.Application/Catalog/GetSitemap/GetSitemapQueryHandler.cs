using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog.GetSitemap;

public sealed class GetSitemapQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetSitemapQuery, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(GetSitemapQuery query, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Slug).ToListAsync(cancellationToken);
        var products = await db.Products.AsNoTracking()
            .Where(ForSale.Listed)
            .OrderBy(p => p.Name)
            .Select(p => p.Slug)
            .ToListAsync(cancellationToken);

        return ["/", "/shop", "/learn", "/learn/leg-cramps", .. categories.Select(c => $"/shop/{c.Value}"), .. products.Select(p => $"/products/{p.Value}")];
    }
}
