using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides.GetProductGuideLinks;

/// <summary>The guide strategies a product fits, shared by the product page's "why it helps" and the admin product editor.</summary>
internal static class ProductGuideLinks
{
    public static async Task<IReadOnlyList<GuideLink>> ForAsync(IStorefrontDbContext db, Product product, CancellationToken cancellationToken)
    {
        var guides = await db.Guides.AsNoTracking()
            .Include(g => g.Sections).ThenInclude(s => s.Strategies)
            .Include(g => g.References)
            .OrderBy(g => g.Title)
            .ToListAsync(cancellationToken);

        return guides
            .SelectMany(g => g.Sections.Where(s => !s.CompressionUnsafe).OrderBy(s => s.Position).SelectMany(s => s.Strategies
                .Where(st => st.Kind == StrategyKind.Compression && st.Fit is { } fit && fit.Matches(product))
                .OrderBy(st => st.Position)
                .Select(st => new GuideLink(g.Title, s.Heading, st.Text, st.Fit!.Why, $"/learn/{g.Slug.Value}#{s.Anchor.Value}", st.EvidenceLevel, Cite(g, st)))))
            .ToList();
    }

    private static List<CitationLink> Cite(Guide guide, Strategy strategy) =>
        strategy.Citations
            .Select(key => guide.References.Single(r => r.Key == key))
            .Select(r => new CitationLink(r.ShortCitation, $"/learn/{guide.Slug.Value}#ref-{r.Key}"))
            .ToList();
}
