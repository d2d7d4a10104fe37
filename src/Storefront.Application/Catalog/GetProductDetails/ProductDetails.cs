using Storefront.Application.Guides;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog.GetProductDetails;

public sealed record ProductDetails
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public required string Description { get; init; }

    public required string Material { get; init; }

    public required string Care { get; init; }

    public string CategoryName { get; init; } = string.Empty;

    public string CategorySlug { get; init; } = string.Empty;

    public required SockStyle Style { get; init; }

    public required CompressionLevel Compression { get; init; }

    public required SockUse Uses { get; init; }

    public required IReadOnlyList<ImageView> Images { get; init; }

    public required IReadOnlyList<VariantOption> Variants { get; init; }

    public IReadOnlyList<SizeChartRow> SizeChart { get; init; } = [];

    /// <summary>"Why it helps": the guide strategies this sock fits.</summary>
    public IReadOnlyList<GuideLink> GuideLinks { get; init; } = [];

    /// <summary>Other products in the same paid orders, most often first.</summary>
    public IReadOnlyList<ProductCard> BoughtTogether { get; init; } = [];

    /// <summary>Other products made for the same guide strategies, in stock first; none of <see cref="BoughtTogether"/>.</summary>
    public IReadOnlyList<ProductCard> Related { get; init; } = [];

    public IReadOnlyList<string> Colours => Variants.Select(v => v.Colour).Distinct().ToList();

    /// <summary>The asked-for colour when the product comes in it, else the first colour a shopper can buy, else the first colour.</summary>
    public string ColourToShow(string? requested)
    {
        var colours = Colours;
        return colours.FirstOrDefault(c => string.Equals(c, requested, StringComparison.OrdinalIgnoreCase))
            ?? colours.FirstOrDefault(c => Variants.Any(v => v.Colour == c && v.StockState != StockState.SoldOut))
            ?? colours.FirstOrDefault()
            ?? string.Empty;
    }

    public ImageView? ImageFor(string colour) => ProductImage.Showing(Images, i => i.Colour, colour);
}

public sealed record ImageView(string Url, string AltText, string? Colour);

public sealed record VariantOption
{
    public required Guid Id { get; init; }

    public required string Sku { get; init; }

    public required string Size { get; init; }

    public required string Colour { get; init; }

    public required string ColourHex { get; init; }

    public required decimal Price { get; init; }

    public required decimal? CompareAtPrice { get; init; }

    public required string Currency { get; init; }

    public required int Available { get; init; }

    public required StockState StockState { get; init; }
}
