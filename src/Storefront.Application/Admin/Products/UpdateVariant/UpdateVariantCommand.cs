using Mediator;

namespace Storefront.Application.Admin.Products.UpdateVariant;

/// <summary>Changes a variant's description and price; stock changes go through <c>AdjustStockCommand</c> with a reason.</summary>
public sealed record UpdateVariantCommand : ICommand, IVariantFields
{
    public Guid ProductId { get; init; }

    public int Version { get; init; }

    public Guid VariantId { get; init; }

    public string Sku { get; init; } = string.Empty;

    public string Size { get; init; } = string.Empty;

    public string Colour { get; init; } = string.Empty;

    public string ColourHex { get; init; } = string.Empty;

    public decimal Price { get; init; }

    public decimal? CompareAtPrice { get; init; }
}
