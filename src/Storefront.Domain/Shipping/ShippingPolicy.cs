using Storefront.Domain.Common;

namespace Storefront.Domain.Shipping;

/// <summary>
/// The one free-shipping rule: a subtotal after discounts and before tax at or above the threshold ships free;
/// below it the standard rate applies. The banner, the cart, the order and the payment gateway all ask this rule.
/// </summary>
public sealed record ShippingPolicy
{
    public static readonly Money DefaultFreeThreshold = new(55.00m);
    public static readonly Money DefaultStandardRate = new(5.95m);

    public ShippingPolicy(Money freeThreshold, Money standardRate)
    {
        if (freeThreshold.Currency != standardRate.Currency)
        {
            throw new DomainException("The free-shipping threshold and the standard rate must be in the same currency.");
        }

        FreeThreshold = freeThreshold;
        StandardRate = standardRate;
    }

    public static ShippingPolicy Default { get; } = new(DefaultFreeThreshold, DefaultStandardRate);

    public Money FreeThreshold { get; }

    public Money StandardRate { get; }

    public bool ShipsFree(Money subtotal) => subtotal >= FreeThreshold;

    public Money ShippingFor(Money subtotal) => ShipsFree(subtotal) ? Money.Zero(subtotal.Currency) : StandardRate;

    /// <summary>How much more the shopper needs to spend for free shipping; zero once it is unlocked.</summary>
    public Money AmountAwayFromFree(Money subtotal) => subtotal.ShortfallTo(FreeThreshold);

    public ShippingQuote Quote(Money subtotal) => new(subtotal, ShippingFor(subtotal), AmountAwayFromFree(subtotal), FreeThreshold);
}

/// <summary>What the rule says about one subtotal.</summary>
public sealed record ShippingQuote(Money Subtotal, Money Shipping, Money AmountAwayFromFree, Money FreeThreshold)
{
    public bool IsFree => Shipping.Amount == 0m;

    public Money Total => Subtotal + Shipping;

    /// <summary>How far along the way to free shipping the subtotal is, 0 to 100.</summary>
    public int ProgressPercent =>
        FreeThreshold.Amount == 0m ? 100 : (int)Math.Min(100m, Math.Floor(Subtotal.Amount * 100m / FreeThreshold.Amount));
}
