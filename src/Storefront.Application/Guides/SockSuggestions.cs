using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>Turns a guide's sections into views, looking up the fitting socks in the catalog by each strategy's <see cref="SockFit"/>.</summary>
internal sealed class SockSuggestions(IStorefrontDbContext db, HybridCache cache)
{
    public const int PerStrategy = 3;

    private static readonly HybridCacheEntryOptions LookUpOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    // Evicted by tag on every change that shows; the expiry only bounds a load that raced an eviction.
    private static readonly HybridCacheEntryOptions Kept = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    /// <summary>
    /// The views of <paramref name="sections"/>, in the order given. Every strategy's socks, whatever the number of
    /// strategies, come from one query.
    /// </summary>
    public async Task<IReadOnlyList<SectionView>> ToViewsAsync(IReadOnlyList<GuideSection> sections, bool maySuggestSocks, CancellationToken cancellationToken)
    {
        var fits = maySuggestSocks
            ? sections.Where(s => !s.CompressionUnsafe)
                .SelectMany(s => s.Strategies)
                .Select(st => st.Fit)
                .OfType<SockFit>()
                .DistinctBy(f => f.CriteriaKey)
                .ToList()
            : [];
        var socks = await FindAsync(fits, cancellationToken);

        return sections.Select(section => new SectionView(
                section.Anchor.Value,
                section.Heading,
                section.Body,
                section.CompressionUnsafe,
                section.Strategies.OrderBy(s => s.Position).Select(strategy => new StrategyView(
                    strategy.Text,
                    strategy.Kind,
                    strategy.EvidenceLevel,
                    strategy.Citations,
                    strategy.Fit?.Why,
                    strategy.Fit is { } fit && socks.TryGetValue(fit.CriteriaKey, out var found) && !section.CompressionUnsafe
                        ? found.Select(sock => sock with { Why = fit.Why }).ToList()
                        : [])).ToList()))
            .ToList();
    }

    /// <summary>
    /// The socks for each fit, from the cache where they are (cached under the listings tag, which any change to a
    /// product, a price or a stock label evicts), the rest from one query.
    /// </summary>
    private async Task<Dictionary<string, List<SockSuggestion>>> FindAsync(IReadOnlyList<SockFit> fits, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<SockSuggestion>>();
        var missing = new List<SockFit>();
        foreach (var fit in fits)
        {
            var cached = await cache.GetOrCreateAsync(Key(fit), _ => ValueTask.FromResult<CachedSocks?>(null), LookUpOnly, cancellationToken: cancellationToken);
            if (cached is null)
            {
                missing.Add(fit);
            }
            else
            {
                found[fit.CriteriaKey] = cached.Socks;
            }
        }

        foreach (var (fit, socks) in await LoadAsync(missing, cancellationToken))
        {
            await cache.SetAsync(Key(fit), new CachedSocks(socks), Kept, [PageTags.Listings], cancellationToken);
            found[fit.CriteriaKey] = socks;
        }

        return found;
    }

    /// <summary>
    /// The best few socks for each fit, in one query: the products in any fit's top few (a UNION ALL of the fits'
    /// ranked ids) with their variants and pictures. Each fit's top few are then picked again from those in memory,
    /// which gives the same socks: any sock that outranks a fit's picks would have been among them.
    /// </summary>
    private async Task<List<(SockFit Fit, List<SockSuggestion> Socks)>> LoadAsync(IReadOnlyList<SockFit> fits, CancellationToken cancellationToken)
    {
        if (fits.Count == 0)
        {
            return [];
        }

        var ranked = fits
            .Select(fit => Ranked(db.Products.Where(fit.Criteria)).Take(PerStrategy).Select(p => p.Id))
            .Aggregate(Queryable.Concat);
        var candidates = await Ranked(db.Products.AsNoTracking().Where(p => ranked.Contains(p.Id)))
            .Include(p => p.Variants)
            .Include(p => p.Images)
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

        return fits.Select(fit => (fit, candidates.Where(fit.Matches).Take(PerStrategy).Select(ToSuggestion).ToList())).ToList();
    }

    private static string Key(SockFit fit) => $"guides:socks:{fit.CriteriaKey}";

    private static IOrderedQueryable<Product> Ranked(IQueryable<Product> products) =>
        products.OrderByDescending(p => p.IsFeatured).ThenBy(p => p.FromPrice).ThenBy(p => p.Name);

    /// <summary>A sock card without the strategy's "why", which each strategy adds.</summary>
    private static SockSuggestion ToSuggestion(Product product)
    {
        var buyable = product.Variants
            .Where(v => v.Available > 0)
            .OrderBy(v => v.Colour, StringComparer.OrdinalIgnoreCase)
            .ThenBy(v => SizeChart.Rank(v.Size))
            .ToList();
        var image = product.Images.OrderBy(i => i.Position).FirstOrDefault();
        return new SockSuggestion
        {
            ProductId = product.Id,
            Name = product.Name,
            Slug = product.Slug.Value,
            ImageUrl = image?.Url ?? "/img/placeholder.svg",
            ImageAlt = image?.AltText ?? product.Name,
            Style = product.Style,
            Compression = product.Compression,
            FromPrice = buyable.Min(v => v.Price.Amount),
            Why = string.Empty,
            Sizes = buyable.Select(v => new SizeOption(v.Id, $"{v.Colour}, {v.Size}", v.Price.Amount)).ToList(),
        };
    }

    // Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
    [ImmutableObject(true)]
    private sealed record CachedSocks(List<SockSuggestion> Socks);
}
