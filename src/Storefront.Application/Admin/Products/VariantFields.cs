namespace Storefront.Application.Admin.Products;

/// <summary>What an admin writes about a variant, shared by adding and editing it.</summary>
public interface IVariantFields
{
    Guid ProductId { get; }

    string Sku { get; }

    string Size { get; }

    string Colour { get; }

    string ColourHex { get; }

    decimal Price { get; }

    decimal? CompareAtPrice { get; }
}
