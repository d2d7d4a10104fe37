using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>The guide strategies a product fits, shared by the product page's "why it helps" and the admin product editor.</summary>
internal static class ProductGuideLinks
{
    /// <summary>
    /// One query for every compression strategy a sock may be suggested for, with its guide's references for the
    /// citations; the product (with its variants) is matched in memory.
    /// </summary>
    public static async Task<IReadOnlyList<GuideLink>> ForAsync(IStorefrontDbContext db, Product product, CancellationToken cancellationToken)
    {
        var strategies = await (
                from g in db.Guides.AsNoTracking()
                from s in g.Sections
                where !s.CompressionUnsafe
                from st in s.Strategies
                where st.Kind == StrategyKind.Compression && st.Fit != null
                select new
                {
                    GuideTitle = g.Title,
                    GuideSlug = g.Slug,
                    s.Heading,
                    s.Anchor,
                    SectionPosition = s.Position,
                    st.Text,
                    st.Fit,
                    st.Position,
                    st.EvidenceLevel,
                    st.Citations,
                    References = g.References.ToList(),
                })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

        return strategies
            .Where(st => st.Fit!.Matches(product))
            .OrderBy(st => st.GuideTitle, StringComparer.Ordinal)
            .ThenBy(st => st.SectionPosition)
            .ThenBy(st => st.Position)
            .Select(st => new GuideLink(
                st.GuideTitle,
                st.Heading,
                st.Text,
                st.Fit!.Why,
                $"/learn/{st.GuideSlug.Value}#{st.Anchor.Value}",
                st.EvidenceLevel,
                st.Citations
                    .Select(key => st.References.Single(r => r.Key == key))
                    .Select(r => new CitationLink(r.ShortCitation, $"/learn/{st.GuideSlug.Value}#ref-{r.Key}"))
                    .ToList()))
            .ToList();
    }
}
