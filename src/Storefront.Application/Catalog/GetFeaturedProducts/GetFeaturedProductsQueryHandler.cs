using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog.GetFeaturedProducts;

public sealed class GetFeaturedProductsQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetFeaturedProductsQuery, IReadOnlyList<ProductCard>>
{
    public async ValueTask<IReadOnlyList<ProductCard>> Handle(GetFeaturedProductsQuery query, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking()
            .Where(ForSale.Listed)
            .Where(p => p.IsFeatured)
            .OrderBy(p => p.Name)
            .Take(query.Count)
            .ProjectToCards()
            .ToListAsync(cancellationToken);
}
