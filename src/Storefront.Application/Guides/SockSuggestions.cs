using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>Turns a guide's sections into views, looking up the fitting socks in the catalog by each strategy's <see cref="SockFit"/>.</summary>
internal sealed class SockSuggestions(IStorefrontDbContext db)
{
    public const int PerStrategy = 3;

    /// <summary>
    /// The views of <paramref name="sections"/>, in the order given. Every strategy's socks come from two queries,
    /// whatever the number of strategies: the best few ids per distinct fit in one UNION ALL, then those products.
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
                    strategy.Fit?.Why,
                    strategy.Fit is { } fit && socks.TryGetValue(fit.CriteriaKey, out var found) && !section.CompressionUnsafe
                        ? found.Select(p => ToSuggestion(p, fit.Why)).ToList()
                        : [])).ToList()))
            .ToList();
    }

    private async Task<Dictionary<string, List<Product>>> FindAsync(IReadOnlyList<SockFit> fits, CancellationToken cancellationToken)
    {
        if (fits.Count == 0)
        {
            return [];
        }

        var ranked = fits
            .Select((fit, index) => db.Products
                .Where(fit.Criteria)
                .OrderByDescending(p => p.IsFeatured)
                .ThenBy(p => p.FromPrice)
                .ThenBy(p => p.Name)
                .Take(PerStrategy)
                .Select(p => new RankedSock { Fit = index, ProductId = p.Id }))
            .Aggregate(Queryable.Concat);
        var picks = await ranked.ToListAsync(cancellationToken);

        var ids = picks.Select(p => p.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Include(p => p.Variants)
            .Include(p => p.Images)
            .AsSingleQuery()
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        return picks
            .GroupBy(p => p.Fit)
            .ToDictionary(
                g => fits[g.Key].CriteriaKey,
                g => g.Select(p => products[p.ProductId])
                    .OrderByDescending(p => p.IsFeatured)
                    .ThenBy(p => p.FromPrice)
                    .ThenBy(p => p.Name, StringComparer.Ordinal)
                    .ToList());
    }

    private static SockSuggestion ToSuggestion(Product product, string why)
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
            Why = why,
            Sizes = buyable.Select(v => new SizeOption(v.Id, $"{v.Colour}, {v.Size}", v.Price.Amount)).ToList(),
        };
    }

    private sealed class RankedSock
    {
        public int Fit { get; init; }

        public Guid ProductId { get; init; }
    }
}
