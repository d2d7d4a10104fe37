using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>Stripe is told the truth: 200 only once the event's effect is saved, so a failed save is sent again.</summary>
public sealed class WebhookFaultTests(StripeStorefrontFactory factory) : IClassFixture<StripeStorefrontFactory>
{
    private async Task<(Guid Variant, string SessionId)> PaidSessionAsync()
    {
        var variant = await factory.VariantAsync(20m, stock: 10);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var sessionId = (await shopper.CheckoutAsync()).Split('/').Last();
        factory.Stripe.CompleteSession(sessionId);
        return (variant, sessionId);
    }

    private Task<Order> OrderAsync(string sessionId) =>
        factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Events).SingleAsync(o => o.PaymentSessionId == sessionId));

    private static bool SavesAWebhookEvent(DbContext db) =>
        db.ChangeTracker.Entries<ProcessedWebhookEvent>().Any(e => e.State == EntityState.Added);

    [Fact]
    public async Task A_paid_event_whose_save_keeps_failing_answers_5xx_each_time_and_its_redelivery_pays_the_order_once()
    {
        var (variant, sessionId) = await PaidSessionAsync();
        var (eventId, json) = StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId));
        var emailsBefore = factory.EmailCount();
        factory.Faults.Fail(3, SavesAWebhookEvent);
        var client = factory.CreateClient();

        var failed = new List<HttpStatusCode>();
        for (var delivery = 0; delivery < 3; delivery++)
        {
            failed.Add((await factory.PostWebhookAsync(client, json)).StatusCode);
        }

        var whileFailing = await OrderAsync(sessionId);
        var stockWhileFailing = await factory.StockAsync(variant);
        var redelivered = await factory.PostWebhookAsync(client, json);
        var again = await factory.PostWebhookAsync(client, json);

        Assert.All(failed, status => Assert.True((int)status >= 500, $"A failed save answered {(int)status}; Stripe would not send the event again."));
        Assert.Equal(OrderStatus.PendingPayment, whileFailing.Status);
        Assert.Equal((10, 2), (stockWhileFailing.StockOnHand, stockWhileFailing.Reserved));
        Assert.Equal(4, factory.Faults.Attempts);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var order = await factory.ConfirmedOrderAsync(o => o.PaymentSessionId == sessionId);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Single(order.Events, e => e.Kind == "Paid");
        var stock = await factory.StockAsync(variant);
        Assert.Equal((8, 0), (stock.StockOnHand, stock.Reserved));
        Assert.Equal(emailsBefore + 1, factory.EmailCount());
        Assert.True(await factory.WithDbAsync(db => db.ProcessedWebhookEvents.AnyAsync(e => e.EventId == eventId)));
    }

    [Fact]
    public async Task A_signed_event_cut_short_answers_400_and_changes_nothing()
    {
        var (variant, sessionId) = await PaidSessionAsync();
        var (_, json) = StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId));
        var processedBefore = await factory.WithDbAsync(db => db.ProcessedWebhookEvents.CountAsync());

        var response = await factory.PostWebhookAsync(factory.CreateClient(), json[..(json.Length / 2)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not a readable Stripe event", await response.Content.ReadAsStringAsync());
        Assert.Equal(OrderStatus.PendingPayment, (await OrderAsync(sessionId)).Status);
        Assert.Equal(2, (await factory.StockAsync(variant)).Reserved);
        Assert.Equal(processedBefore, await factory.WithDbAsync(db => db.ProcessedWebhookEvents.CountAsync()));
    }
}
