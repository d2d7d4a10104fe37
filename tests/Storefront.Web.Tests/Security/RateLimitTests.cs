using System.Net;
using Microsoft.AspNetCore.Hosting;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class TightLimitsFactory : StorefrontFactory
{
    public const int Permits = 3;

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:CartWritesPerMinute", Permits.ToString());
        builder.UseSetting("RateLimits:CheckoutsPerMinute", Permits.ToString());
        builder.UseSetting("RateLimits:PaymentChecksPerMinute", Permits.ToString());
    }
}

/// <summary>Cart writes, checkouts and payment checks are limited per client: an address, or an IPv6 /64 as one client.</summary>
public sealed class RateLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Cart_writes_past_the_limit_get_429_with_Retry_After_and_a_readable_page_and_change_nothing()
    {
        var variant = await factory.VariantAsync(10m, stock: 50);
        var shopper = new Shopper(factory);
        TestClientAddress.From(shopper.Client, "2001:db8:1:2::10");
        for (var i = 0; i < TightLimitsFactory.Permits; i++)
        {
            await shopper.AddAsync(variant);
        }

        var refused = await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "1"));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Contains("Please slow down", body);
        Assert.Contains("Nothing was changed or charged", body);
        Assert.Equal("3", (await shopper.CartAsync()).QuerySelector($"input[name='Lines[{variant}]']")?.GetAttribute("value"));

        // Another address of the same IPv6 /64 is the same client; another network is not.
        var neighbour = new Shopper(factory);
        TestClientAddress.From(neighbour.Client, "2001:db8:1:2:ffff::1");
        var fromNeighbour = await neighbour.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, fromNeighbour.StatusCode);
        var stranger = new Shopper(factory);
        TestClientAddress.From(stranger.Client, "2001:db8:1:3::10");
        await stranger.AddAsync(variant);
    }

    [Fact]
    public async Task Checkouts_and_payment_checks_past_the_limit_get_429()
    {
        var variant = await factory.VariantAsync(10m, stock: 50);
        var shopper = new Shopper(factory);
        TestClientAddress.From(shopper.Client, "192.0.2.44");
        await shopper.AddAsync(variant);
        for (var i = 0; i < TightLimitsFactory.Permits; i++)
        {
            Assert.Contains("/checkout/test-payment/", await shopper.CheckoutAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await shopper.PostAsync("/checkout")).StatusCode);

        var order = (await factory.OrdersAsync()).Where(o => o.Lines.Any(l => l.VariantId == variant)).OrderBy(o => o.CreatedAt).Last();
        var success = $"/checkout/success?session_id={order.PaymentSessionId}";
        for (var i = 0; i < TightLimitsFactory.Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await shopper.Client.GetAsync(success)).StatusCode);
        }

        var refused = await shopper.Client.GetAsync(success);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Please slow down", await refused.Content.ReadAsStringAsync());
    }
}
