using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.GetFeaturedGuide;

/// <summary>The featured guide only changes with guide content, so it is cached under the guides tag that such a change evicts.</summary>
public sealed class GetFeaturedGuideQueryHandler(IStorefrontDbContext db, HybridCache cache) : IQueryHandler<GetFeaturedGuideQuery, FeaturedGuide?>
{
    public async ValueTask<FeaturedGuide?> Handle(GetFeaturedGuideQuery query, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            "guides:featured",
            async token =>
            {
                var guide = await db.Guides.AsNoTracking()
                    .Where(g => g.IsFeatured)
                    .OrderBy(g => g.Title)
                    .Select(g => new { g.Slug, g.Title, g.Summary })
                    .FirstOrDefaultAsync(token);
                return guide is null ? null : new FeaturedGuide(guide.Slug.Value, guide.Title, guide.Summary);
            },
            tags: [PageTags.Guides],
            cancellationToken: cancellationToken);
}
