using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Checkout.SendPendingConfirmations;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

public sealed class StripeWebhookTests(StripeStorefrontFactory factory) : IClassFixture<StripeStorefrontFactory>
{
    private async Task<(Guid Variant, string SessionId)> PendingOrderAsync(int quantity = 2, int stock = 10)
    {
        var variant = await factory.VariantAsync(20m, stock);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, quantity);
        return (variant, (await shopper.CheckoutAsync()).Split('/').Last());
    }

    private Task<Order> OrderAsync(string sessionId) =>
        factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Events).SingleAsync(o => o.PaymentSessionId == sessionId));

    private Task<int> ProcessedEventsAsync() => factory.WithDbAsync(db => db.ProcessedWebhookEvents.CountAsync());

    [Fact]
    public async Task Forged_stale_and_missing_signatures_answer_400_and_change_nothing()
    {
        var (variant, sessionId) = await PendingOrderAsync();
        factory.Stripe.CompleteSession(sessionId);
        var (_, json) = StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId));
        var client = factory.CreateClient();
        var processedBefore = await ProcessedEventsAsync();

        var forged = await factory.PostWebhookAsync(client, json, secret: "whsec_attacker");
        var stale = await factory.PostWebhookAsync(client, json, timestamp: DateTimeOffset.UtcNow.AddMinutes(-10));
        var missing = await factory.PostWebhookAsync(client, json, secret: null);
        var tampered = await factory.PostWebhookAsync(client, json.Replace("\"paid\"", "\"paid\" ", StringComparison.Ordinal), secret: null);

        foreach (var response in new[] { forged, stale, missing, tampered })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(OrderStatus.PendingPayment, (await OrderAsync(sessionId)).Status);
        Assert.Equal(2, (await factory.StockAsync(variant)).Reserved);
        Assert.Equal(processedBefore, await ProcessedEventsAsync());
    }

    [Fact]
    public async Task The_same_completed_event_10_times_in_parallel_pays_the_order_once_sells_once_and_sends_one_email()
    {
        var (variant, sessionId) = await PendingOrderAsync(quantity: 2, stock: 10);
        factory.Stripe.CompleteSession(sessionId);
        var (eventId, json) = StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId));
        var emailsBefore = factory.EmailCount();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => factory.PostWebhookAsync(factory.CreateClient(), json)));
        var again = await factory.PostWebhookAsync(factory.CreateClient(), json);

        foreach (var r in responses.Append(again))
        {
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }
        var order = await factory.ConfirmedOrderAsync(o => o.PaymentSessionId == sessionId);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Single(order.Events, e => e.Kind == "Paid");
        Assert.Single(order.Events, e => e.Kind == "ConfirmationSent");
        Assert.Equal("shopper@example.com", order.CustomerEmail);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((8, 0), (stock.StockOnHand, stock.Reserved));
        Assert.Equal(emailsBefore + 1, factory.EmailCount());
        Assert.True(await factory.WithDbAsync(db => db.ProcessedWebhookEvents.AnyAsync(e => e.EventId == eventId)));
    }

    [Fact]
    public async Task An_expired_event_after_payment_leaves_the_order_paid()
    {
        var (variant, sessionId) = await PendingOrderAsync();
        factory.Stripe.CompleteSession(sessionId);
        var client = factory.CreateClient();
        await factory.PostWebhookAsync(client, StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId)).Json);
        var expiredSession = factory.Stripe.Session(sessionId);
        expiredSession["status"] = "expired";

        var response = await factory.PostWebhookAsync(client, StripeStorefrontFactory.Event("checkout.session.expired", expiredSession).Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await OrderAsync(sessionId)).Status);
        Assert.Equal((8, 0), ((await factory.StockAsync(variant)).StockOnHand, (await factory.StockAsync(variant)).Reserved));
    }

    [Fact]
    public async Task A_charged_amount_that_disagrees_with_the_order_is_flagged_and_not_fulfilled()
    {
        var (variant, sessionId) = await PendingOrderAsync();
        factory.Stripe.CompleteSession(sessionId, amountTotal: 100);
        var emailsBefore = factory.EmailCount();

        var response = await factory.PostWebhookAsync(factory.CreateClient(), StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId)).Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await OrderAsync(sessionId);
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.True(order.FlaggedForReview);
        Assert.Contains("$1.00", order.FlagReason);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((10, 2), (stock.StockOnHand, stock.Reserved));
        Assert.Equal(emailsBefore, factory.EmailCount());
    }

    [Fact]
    public async Task A_failed_async_payment_cancels_the_order_and_puts_its_stock_back_on_sale()
    {
        var (variant, sessionId) = await PendingOrderAsync();
        factory.Stripe.CompleteSession(sessionId, paymentStatus: "unpaid");
        var client = factory.CreateClient();

        await factory.PostWebhookAsync(client, StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId)).Json);
        var processing = await OrderAsync(sessionId);
        await factory.PostWebhookAsync(client, StripeStorefrontFactory.Event("checkout.session.async_payment_failed", factory.Stripe.Session(sessionId)).Json);

        Assert.Equal(OrderStatus.PendingPayment, processing.Status);
        Assert.Null(processing.ReservationExpiresAt);
        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(sessionId)).Status);
        Assert.Equal(0, (await factory.StockAsync(variant)).Reserved);
    }

    [Fact]
    public async Task A_paid_session_the_shop_never_created_such_as_stripe_trigger_answers_200_and_changes_no_order()
    {
        var ordersBefore = (await factory.OrdersAsync()).Select(o => (o.Id, o.Status, o.Version)).ToList();
        var foreign = new Dictionary<string, object?>
        {
            ["id"] = "cs_test_from_stripe_trigger",
            ["object"] = "checkout.session",
            ["status"] = "complete",
            ["payment_status"] = "paid",
            ["amount_total"] = 3000,
            ["currency"] = "usd",
        };

        var response = await factory.PostWebhookAsync(factory.CreateClient(), StripeStorefrontFactory.Event("checkout.session.completed", foreign).Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("UnknownOrder", await response.Content.ReadAsStringAsync());
        Assert.Equal(ordersBefore, (await factory.OrdersAsync()).Select(o => (o.Id, o.Status, o.Version)).ToList());
    }

    [Fact]
    public async Task Events_the_shop_does_not_act_on_answer_200_and_are_ignored()
    {
        var json = StripeStorefrontFactory.Event("payment_intent.created", new Dictionary<string, object?> { ["id"] = "pi_1", ["object"] = "payment_intent" }).Json;

        var response = await factory.PostWebhookAsync(factory.CreateClient(), json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_confirmation_that_could_not_be_sent_is_sent_later_with_a_link_on_the_public_address()
    {
        var (_, sessionId) = await PendingOrderAsync();
        factory.Stripe.CompleteSession(sessionId);
        await factory.PostWebhookAsync(factory.CreateClient(), StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId)).Json);
        await factory.ConfirmedOrderAsync(o => o.PaymentSessionId == sessionId);
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.PaymentSessionId == sessionId);
            db.Entry(order).Property(o => o.ConfirmationSentAt).CurrentValue = null;
            db.Entry(order).Property(o => o.PaidAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-11);
            await db.SaveChangesAsync();
            foreach (var sent in Directory.GetFiles(factory.EmailDirectory, "*.eml").Where(f => File.ReadAllText(f).Contains(order.Number, StringComparison.Ordinal)))
            {
                File.Delete(sent);
            }
        });
        var emailsBefore = factory.EmailCount();

        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendPendingConfirmationsCommand());
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendPendingConfirmationsCommand());

        Assert.Equal(emailsBefore + 1, factory.EmailCount());
        var order = await OrderAsync(sessionId);
        Assert.NotNull(order.ConfirmationSentAt);
        var newest = Directory.GetFiles(factory.EmailDirectory, "*.eml").OrderBy(File.GetCreationTimeUtc).Last();
        Assert.Contains($"{StripeStorefrontFactory.PublicBaseUrl}/orders/{order.Number}?token=", await File.ReadAllTextAsync(newest));
    }
}
