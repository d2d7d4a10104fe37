using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides.GetProductGuideLinks;

public sealed class GetProductGuideLinksQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetProductGuideLinksQuery, IReadOnlyList<GuideLink>>
{
    public async ValueTask<IReadOnlyList<GuideLink>> Handle(GetProductGuideLinksQuery query, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == query.ProductId, cancellationToken);
        if (product is null)
        {
            return [];
        }

        var guides = await db.Guides.AsNoTracking()
            .Include(g => g.Sections).ThenInclude(s => s.Strategies)
            .OrderBy(g => g.Title)
            .ToListAsync(cancellationToken);

        return guides
            .SelectMany(g => g.Sections.Where(s => !s.CompressionUnsafe).OrderBy(s => s.Position).SelectMany(s => s.Strategies
                .Where(st => st.Kind == StrategyKind.Compression && st.Fit is { } fit && fit.Matches(product))
                .OrderBy(st => st.Position)
                .Select(st => new GuideLink(g.Title, s.Heading, st.Text, st.Fit!.Why, $"/learn/{g.Slug.Value}#{s.Anchor.Value}"))))
            .ToList();
    }
}
