using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.ListGuides;

public sealed class ListGuidesQueryHandler(IStorefrontDbContext db) : IQueryHandler<ListGuidesQuery, IReadOnlyList<GuideSummary>>
{
    public async ValueTask<IReadOnlyList<GuideSummary>> Handle(ListGuidesQuery query, CancellationToken cancellationToken)
    {
        var guides = await db.Guides.AsNoTracking()
            .OrderBy(g => g.Title)
            .Select(g => new { g.Slug, g.Title, g.Summary, Causes = g.Sections.OrderBy(s => s.Position).Select(s => s.Heading).ToList() })
            .ToListAsync(cancellationToken);
        return guides.Select(g => new GuideSummary(g.Slug.Value, g.Title, g.Summary, g.Causes)).ToList();
    }
}
