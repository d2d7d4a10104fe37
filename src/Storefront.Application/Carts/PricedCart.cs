using Storefront.Domain.Carts;
using Storefront.Domain.Common;
using Storefront.Domain.Pricing;
using Storefront.Domain.Shipping;

namespace Storefront.Application.Carts;

/// <summary>A cart priced from the catalog as it is now, with what changed since the shopper last looked.</summary>
internal sealed record PricedCart(Cart Cart, IReadOnlyList<PricedLine> Lines, PriceBreakdown Prices)
{
    public IReadOnlyList<string> Notices => Lines.Where(l => l.Notice is not null).Select(l => l.Notice!).ToList();

    public bool HasChangesToReview => Lines.Any(l => l.Notice is not null);

    public static PricedCart Price(Cart cart, IReadOnlyDictionary<Guid, StockedVariant> catalog, ShippingPolicy shipping)
    {
        var lines = cart.Lines.Select(line => PricedLine.For(line, catalog.GetValueOrDefault(line.VariantId))).ToList();
        var buyable = lines.Where(l => l.BuyableQuantity > 0).Select(l => new PriceLine(l.UnitPrice, l.BuyableQuantity));
        return new PricedCart(cart, lines, PriceBreakdown.Of(buyable, shipping));
    }
}

internal sealed record PricedLine(CartLine Line, StockedVariant? Stocked, Money UnitPrice, int BuyableQuantity, string? Notice)
{
    public static PricedLine For(CartLine line, StockedVariant? stocked)
    {
        if (stocked is null || !stocked.CanBeBought)
        {
            var name = stocked?.Product.Name ?? "A sock in your cart";
            return new PricedLine(line, stocked, new Money(line.SeenUnitPrice), 0, $"{name} is no longer sold and will be removed from your cart.");
        }

        var product = $"{stocked.Product.Name} ({stocked.VariantName})";
        var price = stocked.Variant.Price;
        var available = stocked.Available;
        if (available <= 0)
        {
            return new PricedLine(line, stocked, price, 0, $"{product} has sold out and will be removed from your cart.");
        }

        var quantity = Math.Min(line.Quantity, available);
        if (quantity < line.Quantity)
        {
            return new PricedLine(line, stocked, price, quantity, $"Only {available} of {product} left: your quantity goes down from {line.Quantity} to {quantity}.");
        }

        var seen = new Money(line.SeenUnitPrice, price.Currency);
        return price != seen
            ? new PricedLine(line, stocked, price, quantity, $"The price of {product} changed from {seen} to {price}.")
            : new PricedLine(line, stocked, price, quantity, null);
    }
}
