using Mediator;

namespace Storefront.Application.Admin.Products.AddVariant;

public sealed record AddVariantCommand : ICommand<Guid>, IVariantFields
{
    public Guid ProductId { get; init; }

    public int Version { get; init; }

    public string Sku { get; init; } = string.Empty;

    public string Size { get; init; } = string.Empty;

    public string Colour { get; init; } = string.Empty;

    public string ColourHex { get; init; } = "#1c2430";

    public decimal Price { get; init; }

    public decimal? CompareAtPrice { get; init; }

    public int StockOnHand { get; init; }
}
