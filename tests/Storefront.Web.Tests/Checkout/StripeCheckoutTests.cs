using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Payments;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

public sealed class StripeCheckoutTests(StripeStorefrontFactory factory) : IClassFixture<StripeStorefrontFactory>
{
    [Fact]
    public async Task Checkout_sends_Stripe_the_order_in_cents_with_paid_shipping_below_55_dollars_and_the_order_id_as_idempotency_key()
    {
        var variant = await factory.VariantAsync(18.33m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 3);
        var before = DateTimeOffset.UtcNow;

        var location = await shopper.CheckoutAsync();

        var sent = factory.Stripe.SessionCreations.Last();
        var order = (await factory.OrdersAsync()).Single(o => o.PaymentSessionId != null && location.EndsWith(o.PaymentSessionId));
        Assert.StartsWith("https://checkout.stripe.test/c/pay/cs_test_", location);
        Assert.Equal("payment", sent["mode"]);
        Assert.Equal("1833", sent["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("3", sent["line_items[0][quantity]"]);
        Assert.Equal("usd", sent["line_items[0][price_data][currency]"]);
        Assert.Equal("595", sent["shipping_options[0][shipping_rate_data][fixed_amount][amount]"]);
        Assert.Equal("Standard shipping", sent["shipping_options[0][shipping_rate_data][display_name]"]);
        Assert.Equal("business_day", sent["shipping_options[0][shipping_rate_data][delivery_estimate][minimum][unit]"]);
        Assert.Equal("US", sent["shipping_address_collection[allowed_countries][0]"]);
        Assert.Equal(order.Id.ToString(), sent["metadata[order_id]"]);
        Assert.Equal(order.Id.ToString(), sent["client_reference_id"]);
        Assert.Equal(order.Id.ToString(), sent.IdempotencyKey);
        Assert.Equal("Bearer sk_test_fake", sent.Authorization);
        Assert.EndsWith("/checkout/success?session_id={CHECKOUT_SESSION_ID}", sent["success_url"]);
        Assert.EndsWith("/cart", sent["cancel_url"]);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(sent["expires_at"]));
        Assert.InRange(expiresAt, before.AddMinutes(30), DateTimeOffset.UtcNow.AddMinutes(32));

        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal(6094, order.Total.ToCents());
        Assert.Equal(3, (await factory.StockAsync(variant)).Reserved);
    }

    [Theory]
    [InlineData("55.00", "0", "Free shipping")]
    [InlineData("54.99", "595", "Standard shipping")]
    [InlineData("55.01", "0", "Free shipping")]
    public async Task Stripe_gets_the_free_shipping_option_at_55_dollars_and_above_and_the_standard_rate_below(string price, string shippingCents, string label)
    {
        var variant = await factory.VariantAsync(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);

        await shopper.CheckoutAsync();

        var sent = factory.Stripe.SessionCreations.Last();
        Assert.Equal(price.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0'), sent["line_items[0][price_data][unit_amount]"]);
        Assert.Equal(shippingCents, sent["shipping_options[0][shipping_rate_data][fixed_amount][amount]"]);
        Assert.Equal(label, sent["shipping_options[0][shipping_rate_data][display_name]"]);
    }

    [Fact]
    public async Task When_Stripe_fails_the_stock_is_released_the_order_is_marked_failed_and_the_cart_says_so()
    {
        var variant = await factory.VariantAsync(20m, stock: 7);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        factory.Stripe.FailCreateWith = 400;
        try
        {
            Assert.Equal("/cart", await shopper.CheckoutAsync());
        }
        finally
        {
            factory.Stripe.FailCreateWith = null;
        }

        var cart = await shopper.CartAsync();
        Assert.Contains("could not reach the payment provider", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((7, 0), (stock.StockOnHand, stock.Reserved));
        var order = (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant));
        Assert.Equal(OrderStatus.PaymentFailed, order.Status);
        Assert.Equal("2", cart.QuerySelector("[data-testid=cart-count]")?.TextContent);
    }

    [Fact]
    public async Task The_success_page_asks_Stripe_when_the_webhook_has_not_come_and_fulfils_the_order_once()
    {
        var variant = await factory.VariantAsync(30m, stock: 10);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var sessionId = (await shopper.CheckoutAsync()).Split('/').Last();
        var emailsBefore = factory.EmailCount();

        factory.Stripe.CompleteSession(sessionId);
        var paid = await shopper.Client.GetDocumentAsync($"/checkout/success?session_id={sessionId}");
        await shopper.Client.GetAsync($"/checkout/success?session_id={sessionId}");

        Assert.Contains("Paid", paid.QuerySelector("[data-testid=order-status]")?.TextContent);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((8, 0), (stock.StockOnHand, stock.Reserved));
        var order = await factory.ConfirmedOrderAsync(o => o.PaymentSessionId == sessionId);
        Assert.Equal(emailsBefore + 1, factory.EmailCount());
        Assert.Equal("Ann Shopper, 1 Main St, Springfield, IL 62701, US", order.ShippingAddress?.ToString());
        Assert.Equal(order.Total, order.AmountCharged);
        Assert.Equal("0", (await shopper.CartAsync()).QuerySelector("[data-testid=cart-count]")?.TextContent);
    }

    [Fact]
    public async Task A_success_url_replayed_by_someone_else_shows_no_order_and_changes_nothing()
    {
        var variant = await factory.VariantAsync(25m);
        var owner = new Shopper(factory);
        await owner.AddAsync(variant);
        var sessionId = (await owner.CheckoutAsync()).Split('/').Last();
        factory.Stripe.CompleteSession(sessionId);
        var asked = factory.Stripe.Requests.Count;

        var stranger = new Shopper(factory);
        await stranger.AddAsync(variant);
        var response = await stranger.Client.GetAsync($"/checkout/success?session_id={sessionId}");
        var forged = await stranger.Client.GetAsync("/checkout/success?session_id=cs_test_made_up");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("can't find that order", await response.Content.ReadAsStringAsync());
        Assert.Equal(asked, factory.Stripe.Requests.Count);
        var order = (await factory.OrdersAsync()).Single(o => o.PaymentSessionId == sessionId);
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
    }

    [Fact]
    public async Task The_order_link_shows_the_order_only_with_its_secret_token()
    {
        var variant = await factory.VariantAsync(25m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var sessionId = (await shopper.CheckoutAsync()).Split('/').Last();
        var order = await factory.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.PaymentSessionId == sessionId));
        var anyone = factory.CreateClient();

        var page = await anyone.GetDocumentAsync($"/orders/{order.Number}?token={order.AccessToken}");
        var wrongToken = await anyone.GetAsync($"/orders/{order.Number}?token=guess");
        var noToken = await anyone.GetAsync($"/orders/{order.Number}");

        Assert.Equal(order.Number, page.QuerySelector("[data-testid=order-number]")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noToken.StatusCode);
    }

    [Fact]
    public async Task Checking_out_again_after_changing_the_cart_replaces_the_earlier_order_and_holds_the_stock_once()
    {
        var variant = await factory.VariantAsync(20m, stock: 2);
        var another = await factory.VariantAsync(20m, stock: 2);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);

        var first = (await shopper.CheckoutAsync()).Split('/').Last();
        await shopper.AddAsync(another, 1);
        var second = await shopper.CheckoutAsync();

        Assert.StartsWith("https://checkout.stripe.test/", second);
        Assert.Equal(2, (await factory.StockAsync(variant)).Reserved);
        var orders = (await factory.OrdersAsync()).Where(o => o.Lines.Any(l => l.VariantId == variant)).ToList();
        Assert.Equal(OrderStatus.Cancelled, orders.Single(o => o.PaymentSessionId == first).Status);
        Assert.Equal(2, orders.Single(o => o.Status == OrderStatus.PendingPayment).Lines.Count);
        Assert.Contains(factory.Stripe.Requests, r => r.Path == $"/v1/checkout/sessions/{first}/expire");
    }

    [Fact]
    public async Task Checking_out_again_with_the_same_cart_goes_back_to_the_same_order_and_payment_page()
    {
        var variant = await factory.VariantAsync(20m, stock: 2);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);

        var first = await shopper.CheckoutAsync();
        var again = await shopper.CheckoutAsync();

        Assert.Equal(first, again);
        Assert.Equal(2, (await factory.StockAsync(variant)).Reserved);
        var order = Assert.Single(await factory.OrdersAsync(), o => o.Lines.Any(l => l.VariantId == variant));
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Single(order.Events, e => e.Kind == "PaymentStarted");
    }

    [Fact]
    public async Task The_same_checkout_posted_twice_at_once_from_one_cart_makes_one_order()
    {
        var variant = await factory.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        await shopper.AntiforgeryTokenAsync();

        var sentTo = await Task.WhenAll(shopper.CheckoutAsync(), shopper.CheckoutAsync());

        Assert.Equal(sentTo[0], sentTo[1]);
        Assert.StartsWith("https://checkout.stripe.test/", sentTo[0]);
        var order = Assert.Single(await factory.OrdersAsync(), o => o.Lines.Any(l => l.VariantId == variant));
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal(2, (await factory.StockAsync(variant)).Reserved);
    }

    [Fact]
    public async Task A_refund_asks_Stripe_for_the_amount_in_cents_with_an_idempotency_key()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPaymentGateway>();

        var refundId = await gateway.RefundAsync("pi_123", new Money(18.33m), "refund-order-1", CancellationToken.None);

        var sent = factory.Stripe.Requests.Last(r => r.Path == "/v1/refunds");
        Assert.StartsWith("re_", refundId);
        Assert.Equal("pi_123", sent["payment_intent"]);
        Assert.Equal("1833", sent["amount"]);
        Assert.Equal("refund-order-1", sent.IdempotencyKey);
    }
}
