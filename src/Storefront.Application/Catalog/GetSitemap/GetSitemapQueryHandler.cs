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
        var guides = await db.Guides.AsNoTracking().OrderBy(g => g.Title).Select(g => new { g.Slug, g.HasFinder }).ToListAsync(cancellationToken);

        return
        [
            "/", "/shop", "/learn",
            .. guides.SelectMany(g => g.HasFinder ? [$"/learn/{g.Slug.Value}", $"/learn/{g.Slug.Value}/finder"] : new[] { $"/learn/{g.Slug.Value}" }),
            .. categories.Select(c => $"/shop/{c.Value}"),
            .. products.Select(p => $"/products/{p.Value}"),
        ];
    }
}
