using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Application.Guides;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog.GetProductDetails;

public sealed class GetProductDetailsQueryHandler(IStorefrontDbContext db, HybridCache cache) : IQueryHandler<GetProductDetailsQuery, ProductDetails?>
{
    public async ValueTask<ProductDetails?> Handle(GetProductDetailsQuery query, CancellationToken cancellationToken)
    {
        if (!Slug.IsValid(query.Slug))
        {
            return null;
        }

        var slug = Slug.Parse(query.Slug);
        var product = await db.Products.AsNoTracking()
            .Where(ForSale.Listed)
            .Include(p => p.Variants)
            .Include(p => p.Images)
            .AsSingleQuery()
            .FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var shelves = await CatalogShelves.GetAsync(db, cache, cancellationToken);
        var category = shelves.Categories.Single(c => c.Id == product.CategoryId);
        var guideLinks = await ProductGuideLinks.ForAsync(db, cache, product, cancellationToken);
        var fits = await ProductGuideLinks.SuitedFitsAsync(db, cache, product, cancellationToken);
        var related = await RelatedSocks.ForAsync(db, cache, product, fits, cancellationToken);
        return ProductDetailsMapper.ToDetails(product) with
        {
            CategoryName = category.Name,
            CategorySlug = category.Slug,
            GuideLinks = guideLinks,
            BoughtTogether = related.BoughtTogether,
            Related = related.Related,
        };
    }
}
