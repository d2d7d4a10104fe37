using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>A cause as a page shows it: its text, its strategies and, beside each compression strategy, the socks that fit.</summary>
public sealed record SectionView(
    string Anchor,
    string Heading,
    string Body,
    bool CompressionUnsafe,
    IReadOnlyList<StrategyView> Strategies);

public sealed record StrategyView(string Text, StrategyKind Kind, string? Why, IReadOnlyList<SockSuggestion> Socks);

/// <summary>A sock card beside a strategy: enough to choose a size and add it to the cart.</summary>
public sealed record SockSuggestion
{
    public required Guid ProductId { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public required string ImageUrl { get; init; }

    public required string ImageAlt { get; init; }

    public required SockStyle Style { get; init; }

    public required CompressionLevel Compression { get; init; }

    /// <summary>Lowest price among the sizes that can be bought now.</summary>
    public required decimal FromPrice { get; init; }

    public required string Why { get; init; }

    public required IReadOnlyList<SizeOption> Sizes { get; init; }
}

public sealed record SizeOption(Guid VariantId, string Label, decimal Price);
