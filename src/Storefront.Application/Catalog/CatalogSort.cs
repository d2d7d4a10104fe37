namespace Storefront.Application.Catalog;

public static class CatalogSort
{
    public const string Featured = "featured";
    public const string PriceLowToHigh = "price-asc";
    public const string PriceHighToLow = "price-desc";
    public const string Newest = "newest";

    public static readonly IReadOnlyList<(string Value, string Label)> Options =
    [
        (Featured, "Featured"),
        (PriceLowToHigh, "Price: low to high"),
        (PriceHighToLow, "Price: high to low"),
        (Newest, "Newest"),
    ];

    public static string Normalise(string? sort) => Options.Any(o => o.Value == sort) ? sort! : Featured;
}
