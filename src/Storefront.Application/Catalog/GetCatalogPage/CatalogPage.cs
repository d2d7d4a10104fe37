namespace Storefront.Application.Catalog.GetCatalogPage;

public sealed record CatalogPage(
    IReadOnlyList<ProductCard> Items,
    int TotalCount,
    int Page,
    int TotalPages,
    CategoryLink? Category,
    CatalogFacets Facets);

public sealed record CategoryLink(string Name, string Slug);

/// <summary>The choices the filter form offers, taken from what the published catalog holds.</summary>
public sealed record CatalogFacets(IReadOnlyList<CategoryLink> Categories, IReadOnlyList<string> Sizes, IReadOnlyList<string> Colours);
