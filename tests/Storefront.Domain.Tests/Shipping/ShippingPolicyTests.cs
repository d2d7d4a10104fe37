using Storefront.Domain.Common;
using Storefront.Domain.Shipping;

namespace Storefront.Domain.Tests.Shipping;

public sealed class ShippingPolicyTests
{
    private static readonly ShippingPolicy Policy = ShippingPolicy.Default;

    [Theory]
    [InlineData("0.00", "5.95", "55.00")]
    [InlineData("54.99", "5.95", "0.01")]
    [InlineData("55.00", "0.00", "0.00")]
    [InlineData("55.01", "0.00", "0.00")]
    [InlineData("12345.67", "0.00", "0.00")]
    public void Subtotals_at_or_above_55_dollars_ship_free_and_below_pay_the_standard_rate(string subtotal, string shipping, string away)
    {
        var quote = Policy.Quote(new Money(decimal.Parse(subtotal, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(decimal.Parse(shipping, System.Globalization.CultureInfo.InvariantCulture), quote.Shipping.Amount);
        Assert.Equal(decimal.Parse(away, System.Globalization.CultureInfo.InvariantCulture), quote.AmountAwayFromFree.Amount);
        Assert.Equal(quote.Shipping.Amount == 0m, quote.IsFree);
    }

    [Fact]
    public void The_total_adds_shipping_only_below_the_threshold()
    {
        Assert.Equal(new Money(60.94m), Policy.Quote(new Money(54.99m)).Total);
        Assert.Equal(new Money(55.00m), Policy.Quote(new Money(55.00m)).Total);
    }

    [Fact]
    public void Progress_towards_free_shipping_never_passes_100_percent()
    {
        Assert.Equal(0, Policy.Quote(Money.Zero()).ProgressPercent);
        Assert.Equal(50, Policy.Quote(new Money(27.50m)).ProgressPercent);
        Assert.Equal(99, Policy.Quote(new Money(54.99m)).ProgressPercent);
        Assert.Equal(100, Policy.Quote(new Money(500m)).ProgressPercent);
    }

    [Fact]
    public void Threshold_and_rate_can_be_configured()
    {
        var policy = new ShippingPolicy(new Money(75m), new Money(7.50m));

        Assert.Equal(new Money(7.50m), policy.ShippingFor(new Money(74.99m)));
        Assert.Equal(Money.Zero(), policy.ShippingFor(new Money(75m)));
    }

    [Fact]
    public void Three_pairs_at_18_33_make_54_99_exactly_and_5499_cents_without_rounding_drift()
    {
        var subtotal = new Money(18.33m) * 3;

        Assert.Equal(54.99m, subtotal.Amount);
        Assert.Equal(5499, subtotal.ToCents());
        Assert.False(Policy.ShipsFree(subtotal));
        Assert.Equal(1, Policy.AmountAwayFromFree(subtotal).ToCents());
    }
}
