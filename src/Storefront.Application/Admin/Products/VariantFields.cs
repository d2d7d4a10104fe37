namespace Storefront.Application.Admin.Products;

/// <summary>What an admin writes about a variant, shared by adding and editing it.</summary>
public abstract record VariantFields
{
    public Guid ProductId { get; init; }

    public int Version { get; init; }

    public string Sku { get; init; } = string.Empty;

    public string Size { get; init; } = string.Empty;

    public string Colour { get; init; } = string.Empty;

    public string ColourHex { get; init; } = string.Empty;

    public decimal Price { get; init; }

    public decimal? CompareAtPrice { get; init; }
}
