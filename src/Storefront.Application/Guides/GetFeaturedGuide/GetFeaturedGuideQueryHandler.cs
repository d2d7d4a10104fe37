using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.GetFeaturedGuide;

public sealed class GetFeaturedGuideQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetFeaturedGuideQuery, FeaturedGuide?>
{
    public async ValueTask<FeaturedGuide?> Handle(GetFeaturedGuideQuery query, CancellationToken cancellationToken)
    {
        var guide = await db.Guides.AsNoTracking()
            .Where(g => g.IsFeatured)
            .OrderBy(g => g.Title)
            .Select(g => new { g.Slug, g.Title, g.Summary })
            .FirstOrDefaultAsync(cancellationToken);
        return guide is null ? null : new FeaturedGuide(guide.Slug.Value, guide.Title, guide.Summary);
    }
}
