using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Catalog.GetCatalogPage;

/// <summary>
/// One page of the catalog. Filter values are the URL tokens (e.g. style "knee-high", compression "15-20");
/// a token the shop does not know is ignored rather than failing the page.
/// </summary>
public sealed record GetCatalogPageQuery : IQuery<CatalogPage>
{
    public const int PageSize = 12;
    public const int MaxSearchLength = SearchText.MaxLength;

    public string? Category { get; init; }

    public string? Style { get; init; }

    public string? Compression { get; init; }

    public string? Use { get; init; }

    public string? Size { get; init; }

    public string? Colour { get; init; }

    public string? Search { get; init; }

    public string? Sort { get; init; }

    /// <summary>Clamped by <see cref="Paging"/>, like every paged list.</summary>
    public int Page { get; init; } = 1;
}
