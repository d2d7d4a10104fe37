using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Domain.Pricing;
using Storefront.Domain.Shipping;

namespace Storefront.Domain.Tests.Pricing;

public sealed class PriceBreakdownTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(18.33, 3, 19.00, 1, 73.99, 0.00)]
    [InlineData(18.33, 2, 5.00, 1, 41.66, 5.95)]
    [InlineData(27.50, 2, 0.01, 0, 55.00, 0.00)]
    public void Lines_add_up_to_a_subtotal_that_the_shipping_rule_prices(double first, int firstQty, double second, int secondQty, double subtotal, double shipping)
    {
        var prices = PriceBreakdown.Of([new PriceLine(Usd(first), firstQty), new PriceLine(Usd(second), secondQty)], ShippingPolicy.Default);

        Assert.Equal(Usd(subtotal), prices.Subtotal);
        Assert.Equal(Usd(shipping), prices.Shipping);
        Assert.Equal(Usd(subtotal + shipping), prices.Total);
    }

    [Fact]
    public void An_order_is_priced_exactly_as_the_breakdown_of_its_lines()
    {
        var items = new[]
        {
            new OrderItem(Guid.NewGuid(), "Everyday Crew", "Black, size M", "CREW-BLK-M", "/img/x.svg", Usd(18.33), 2),
            new OrderItem(Guid.NewGuid(), "Knee High", "Navy, size L", "KH-NVY-L", "/img/y.svg", Usd(9.99), 1),
        };
        var prices = PriceBreakdown.Of(items.Select(i => new PriceLine(i.UnitPrice, i.Quantity)), ShippingPolicy.Default);

        var order = Order.Place(Guid.NewGuid(), items, ShippingPolicy.Default, Now, Now.AddMinutes(35));

        Assert.Equal((prices.Subtotal, prices.Shipping, prices.Total), (order.Subtotal, order.ShippingCost, order.Total));
    }

    private static Money Usd(double amount) => new(Math.Round((decimal)amount, 2));
}
