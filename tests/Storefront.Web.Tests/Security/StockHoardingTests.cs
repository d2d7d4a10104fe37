using System.Net;
using Microsoft.AspNetCore.Hosting;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

/// <summary>The shop with its shipped limits (caps and rate limits as in appsettings), not the test defaults.</summary>
public sealed class ShippedLimitsFactory : StorefrontFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:CartWritesPerMinute", "30");
        builder.UseSetting("RateLimits:CheckoutsPerMinute", "5");
        builder.UseSetting("RateLimits:PaymentChecksPerMinute", "30");
        builder.UseSetting("Checkout:MaxUnpaidOrdersPerClient", "2");
    }
}

public sealed class StockHoardingTests(ShippedLimitsFactory factory) : IClassFixture<ShippedLimitsFactory>
{
    private const int Stock = 60;

    [Fact]
    public async Task One_client_reserving_a_variants_whole_stock_through_many_carts_is_stopped_while_most_stays_on_sale()
    {
        var variant = await factory.VariantAsync(20m, stock: Stock);
        var answers = new List<string>();
        for (var cart = 0; cart < 6; cart++)
        {
            var hoarder = new Shopper(factory);
            TestClientAddress.From(hoarder.Client, "2001:db8:7:7::" + (cart + 1));
            await hoarder.AddAsync(variant, 10);
            var checkout = await hoarder.PostAsync("/checkout");
            answers.Add(checkout.StatusCode == HttpStatusCode.SeeOther ? checkout.Headers.Location!.ToString() : ((int)checkout.StatusCode).ToString());
            if (cart == 2)
            {
                var problem = (await hoarder.CartAsync()).QuerySelector("[data-testid=cart-problem]")?.TextContent;
                Assert.Contains("You already have 2 checkouts waiting for payment", problem);
            }
        }

        // Two checkouts hold stock; the next three are refused by the cap, the sixth by the checkout rate limit.
        Assert.Equal(2, answers.Count(a => a.Contains("/checkout/test-payment/", StringComparison.Ordinal)));
        Assert.Equal(3, answers.Count(a => a == "/cart"));
        Assert.Equal("429", answers[^1]);
        var stock = await factory.StockAsync(variant);
        Assert.Equal(20, stock.Reserved);
        Assert.Equal(Stock - 20, stock.Available);

        var shopper = new Shopper(factory);
        TestClientAddress.From(shopper.Client, "198.51.100.20");
        await shopper.AddAsync(variant, 2);
        Assert.Contains("/checkout/test-payment/", await shopper.CheckoutAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_payment_page_tells_the_shopper_until_when_the_socks_are_held()
    {
        var variant = await factory.VariantAsync(20m, stock: 10);
        var shopper = new Shopper(factory);
        TestClientAddress.From(shopper.Client, "198.51.100.30");
        await shopper.AddAsync(variant);
        var paymentPage = await shopper.Client.GetDocumentAsync(await shopper.CheckoutAsync());

        var order = (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant));
        var held = paymentPage.QuerySelector(".held-until")?.TextContent;
        Assert.Equal($"Your socks are held for you until {order.ReservationExpiresAt!.Value.ToUniversalTime():HH:mm} UTC.", held);
        Assert.InRange(order.ReservationExpiresAt!.Value - order.CreatedAt, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
    }
}
