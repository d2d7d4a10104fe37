using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.GetProductGuideLinks;

public sealed class GetProductGuideLinksQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetProductGuideLinksQuery, IReadOnlyList<GuideLink>>
{
    public async ValueTask<IReadOnlyList<GuideLink>> Handle(GetProductGuideLinksQuery query, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == query.ProductId, cancellationToken);
        return product is null ? [] : await ProductGuideLinks.ForAsync(db, product, cancellationToken);
    }
}
