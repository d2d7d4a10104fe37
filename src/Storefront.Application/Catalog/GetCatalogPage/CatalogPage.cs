namespace Storefront.Application.Catalog.GetCatalogPage;

public sealed record CatalogPage(
    IReadOnlyList<ProductCard> Items,
    int TotalCount,
    int Page,
    int TotalPages,
    CategoryLink? Category,
    CatalogFacets Facets);

public sealed record CategoryLink(string Name, string Slug);

/// <summary>The choices the filter form offers, taken from what the published catalog holds, each with its count.</summary>
public sealed record CatalogFacets(IReadOnlyList<CategoryLink> Categories, Facet Styles, Facet Compressions, Facet Uses, Facet Sizes, Facet Colours);

/// <summary>One filter's options; <see cref="AnyCount"/> is how many socks show with this filter cleared.</summary>
public sealed record Facet(int AnyCount, IReadOnlyList<FacetOption> Options)
{
    public FacetOption? Find(string? value) => Options.FirstOrDefault(o => o.Value == value);
}

/// <summary>An option as the URL names it (<see cref="Value"/>) and as the shopper reads it, with the socks choosing it would show.</summary>
public sealed record FacetOption(string Value, string Label, int Count);
