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

/// <summary>A strategy with its evidence level and the keys of the references it cites (see <see cref="ReferenceView.Key"/>).</summary>
public sealed record StrategyView(
    string Text,
    StrategyKind Kind,
    EvidenceLevel Evidence,
    IReadOnlyList<string> Citations,
    string? Why,
    IReadOnlyList<SockSuggestion> Socks);

/// <summary>An entry of a guide's reference list; <see cref="ShortCitation"/> is how a strategy cites it, e.g. "Allen and Kirby, 2012".</summary>
public sealed record ReferenceView(string Key, string Authors, string Title, string Source, int Year, string Url, string ShortCitation)
{
    public static ReferenceView From(Reference reference) =>
        new(reference.Key, reference.Authors, reference.Title, reference.Source, reference.Year, reference.Url, reference.ShortCitation);
}

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
