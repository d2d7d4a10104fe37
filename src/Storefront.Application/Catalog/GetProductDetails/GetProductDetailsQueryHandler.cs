using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Application.Guides;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog.GetProductDetails;

public sealed class GetProductDetailsQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetProductDetailsQuery, ProductDetails?>
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

        var category = await db.Categories.AsNoTracking().FirstAsync(c => c.Id == product.CategoryId, cancellationToken);
        var guideLinks = await ProductGuideLinks.ForAsync(db, product, cancellationToken);
        return ProductDetailsMapper.ToDetails(product, category) with { GuideLinks = guideLinks };
    }
}
