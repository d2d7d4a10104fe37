using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>Turns a guide's sections into views, looking up the fitting socks in the catalog by each strategy's <see cref="SockFit"/>.</summary>
internal sealed class SockSuggestions(IStorefrontDbContext db)
{
    public const int PerStrategy = 3;

    public async Task<SectionView> ToViewAsync(GuideSection section, bool maySuggestSocks, CancellationToken cancellationToken)
    {
        var strategies = new List<StrategyView>();
        foreach (var strategy in section.Strategies.OrderBy(s => s.Position))
        {
            var socks = strategy.Fit is { } fit && maySuggestSocks && !section.CompressionUnsafe
                ? await FindAsync(fit, cancellationToken)
                : [];
            strategies.Add(new StrategyView(strategy.Text, strategy.Kind, strategy.EvidenceLevel, strategy.Citations, strategy.Fit?.Why, socks));
        }

        return new SectionView(section.Anchor.Value, section.Heading, section.Body, section.CompressionUnsafe, strategies);
    }

    private async Task<IReadOnlyList<SockSuggestion>> FindAsync(SockFit fit, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(fit.Criteria)
            .OrderByDescending(p => p.IsFeatured)
            .ThenBy(p => p.FromPrice)
            .ThenBy(p => p.Name)
            .Take(PerStrategy)
            .Include(p => p.Variants)
            .Include(p => p.Images)
            .ToListAsync(cancellationToken);
        return products.Select(p => ToSuggestion(p, fit.Why)).ToList();
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
}
