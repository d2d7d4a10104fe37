using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class StripeCallTests(StripeStorefrontFactory factory) : IClassFixture<StripeStorefrontFactory>
{
    [Fact]
    public async Task Reloading_the_success_page_of_an_unpaid_session_asks_Stripe_once_not_once_per_view()
    {
        var variant = await factory.VariantAsync(30m, stock: 10);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 1);
        var sessionId = (await shopper.CheckoutAsync()).Split('/').Last();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => shopper.Client.GetDocumentAsync($"/checkout/success?session_id={sessionId}")));
        for (var view = 0; view < 15; view++)
        {
            var page = await shopper.Client.GetDocumentAsync($"/checkout/success?session_id={sessionId}");
            Assert.Contains("Waiting for payment", page.QuerySelector("[data-testid=order-status]")?.TextContent);
        }

        Assert.Single(factory.Stripe.Requests, r => r.Method == "GET" && r.Path == $"/v1/checkout/sessions/{sessionId}");
    }

    [Fact]
    public async Task Stripe_s_payment_page_tells_the_shopper_until_when_the_socks_are_held()
    {
        var variant = await factory.VariantAsync(30m, stock: 10);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 1);
        await shopper.CheckoutAsync();

        var order = (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant));
        var sent = factory.Stripe.SessionCreations.Single(r => r["metadata[order_id]"] == order.Id.ToString());
        Assert.Equal($"Your socks are held for you until {order.ReservationExpiresAt!.Value.UtcDateTime:HH:mm} UTC.", sent["custom_text[submit][message]"]);
    }
}
