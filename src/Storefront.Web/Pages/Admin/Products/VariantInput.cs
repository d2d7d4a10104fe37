using Storefront.Application.Admin.Products;
using Storefront.Application.Admin.Products.AddVariant;
using Storefront.Application.Admin.Products.UpdateVariant;

namespace Storefront.Web.Pages.Admin.Products;

/// <summary>A variant row as posted: new (with opening stock) or edited (stock changes go through a stock adjustment).</summary>
public sealed class VariantInput
{
    public Guid VariantId { get; set; }

    public string? Sku { get; set; }

    public string? Size { get; set; }

    public string? Colour { get; set; }

    public string? ColourHex { get; set; }

    public decimal Price { get; set; }

    public decimal? CompareAtPrice { get; set; }

    public int StockOnHand { get; set; }

    public AddVariantCommand ToAddCommand(Guid productId, int version) =>
        Fields<AddVariantCommand>(productId, version) with { StockOnHand = StockOnHand };

    public UpdateVariantCommand ToUpdateCommand(Guid productId, int version) =>
        Fields<UpdateVariantCommand>(productId, version) with { VariantId = VariantId };

    private T Fields<T>(Guid productId, int version)
        where T : VariantFields, new() => new()
        {
            ProductId = productId,
            Version = version,
            Sku = Sku ?? string.Empty,
            Size = Size ?? string.Empty,
            Colour = Colour ?? string.Empty,
            ColourHex = ColourHex ?? string.Empty,
            Price = Price,
            CompareAtPrice = CompareAtPrice,
        };
}
