using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>The guide strategies a product fits, shared by the product page's "why it helps" and the admin product editor.</summary>
internal static class ProductGuideLinks
{
    /// <summary>
    /// Every compression strategy a sock may be suggested for comes from the guides' content, which changes only when
    /// a guide does; it is cached under the guides tag and the product (with its variants) is matched in memory.
    /// </summary>
    public static async Task<IReadOnlyList<GuideLink>> ForAsync(IStorefrontDbContext db, HybridCache cache, Product product, CancellationToken cancellationToken)
    {
        var strategies = await StrategiesAsync(db, cache, cancellationToken);
        return strategies.Items.Where(s => s.Fit.Matches(product)).Select(s => s.Link).ToList();
    }

    /// <summary>The fits of the strategies <paramref name="product"/> is made for, whether or not it is in stock now.</summary>
    public static async Task<IReadOnlyList<SockFit>> SuitedFitsAsync(IStorefrontDbContext db, HybridCache cache, Product product, CancellationToken cancellationToken)
    {
        var strategies = await StrategiesAsync(db, cache, cancellationToken);
        return strategies.Items.Select(s => s.Fit).Where(f => f.IsSuitedTo(product)).DistinctBy(f => f.CriteriaKey).ToList();
    }

    private static ValueTask<CompressionStrategies> StrategiesAsync(IStorefrontDbContext db, HybridCache cache, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            "guides:compression-strategies",
            token => LoadAsync(db, token),
            tags: [PageTags.Guides],
            cancellationToken: cancellationToken);

    private static async ValueTask<CompressionStrategies> LoadAsync(IStorefrontDbContext db, CancellationToken cancellationToken)
    {
        var strategies = await (
                from g in db.Guides.AsNoTracking()
                from s in g.Sections
                where !s.CompressionUnsafe
                from st in s.Strategies
                where st.Kind == StrategyKind.Compression && st.Fit != null
                select new
                {
                    GuideId = g.Id,
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
                })
            .ToListAsync(cancellationToken);
        var references = (await (from g in db.Guides.AsNoTracking() from r in g.References select new { GuideId = g.Id, Reference = r })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.GuideId, r => r.Reference);

        return new CompressionStrategies(strategies
            .OrderBy(st => st.GuideTitle, StringComparer.Ordinal)
            .ThenBy(st => st.SectionPosition)
            .ThenBy(st => st.Position)
            .Select(st => new CompressionStrategy(
                StoredFit.From(st.Fit!),
                new GuideLink(
                    st.GuideTitle,
                    st.Heading,
                    st.Text,
                    st.Fit!.Why,
                    $"/learn/{st.GuideSlug.Value}#{st.Anchor.Value}",
                    st.EvidenceLevel,
                    st.Citations
                        .Select(key => references[st.GuideId].Single(r => r.Key == key))
                        .Select(r => new CitationLink(r.ShortCitation, $"/learn/{st.GuideSlug.Value}#ref-{r.Key}"))
                        .ToList())))
            .ToList());
    }

    // Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
    [ImmutableObject(true)]
    internal sealed record CompressionStrategies(List<CompressionStrategy> Items);

    internal sealed record CompressionStrategy(StoredFit StoredFit, GuideLink Link)
    {
        [JsonIgnore]
        public SockFit Fit { get; } = StoredFit.ToFit();
    }

    /// <summary>A <see cref="SockFit"/> as plain values, so the cached list can also live in a shared cache.</summary>
    internal sealed record StoredFit(SockStyle[] Styles, CompressionLevel[] Levels, SockUse Uses, SockUse ExcludedUses, string Why)
    {
        public static StoredFit From(SockFit fit) => new([.. fit.Styles], [.. fit.Levels], fit.Uses, fit.ExcludedUses, fit.Why);

        public SockFit ToFit() => new(Styles, Levels, Uses, ExcludedUses, Why);
    }
}
