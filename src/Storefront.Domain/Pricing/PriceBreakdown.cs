using Storefront.Domain.Common;
using Storefront.Domain.Shipping;

namespace Storefront.Domain.Pricing;

/// <summary>
/// The one way an amount to pay is worked out: each line's total, their subtotal, shipping as the
/// <see cref="ShippingPolicy"/> decides it, and the total. The cart page, the order and the payment session all read
/// one of these, so they can never disagree.
/// </summary>
public sealed record PriceBreakdown
{
    private PriceBreakdown(IReadOnlyList<PriceLine> lines, ShippingQuote quote)
    {
        Lines = lines;
        Quote = quote;
    }

    public IReadOnlyList<PriceLine> Lines { get; }

    /// <summary>What the shipping rule says about the subtotal (free or not, how far from free).</summary>
    public ShippingQuote Quote { get; }

    public Money Subtotal => Quote.Subtotal;

    public Money Shipping => Quote.Shipping;

    public Money Total => Quote.Total;

    public static PriceBreakdown Of(IEnumerable<PriceLine> lines, ShippingPolicy shipping)
    {
        var priced = lines.ToList();
        var subtotal = priced.Aggregate(Money.Zero(shipping.FreeThreshold.Currency), (sum, line) => sum + line.Total);
        return new PriceBreakdown(priced, shipping.Quote(subtotal));
    }
}

/// <summary>A unit price times a quantity.</summary>
public sealed record PriceLine(Money UnitPrice, int Quantity)
{
    public Money Total => UnitPrice * Quantity;
}
