using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>A shopper who pays just as the sweeper gives their socks back is never dropped.</summary>
public sealed class PaidAfterExpiryTests(StripeStorefrontFactory factory) : IClassFixture<StripeStorefrontFactory>
{
    /// <summary>A paid session whose order the sweeper already cancelled, as when the payment page stayed open past the reservation.</summary>
    private async Task<(Guid Variant, string SessionId)> SweptPaidSessionAsync()
    {
        var variant = await factory.VariantAsync(20m, stock: 3);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var sessionId = (await shopper.CheckoutAsync()).Split('/').Last();
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.PaymentSessionId == sessionId);
            db.Entry(order).Property(o => o.ReservationExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReleaseExpiredReservationsCommand());
        factory.Stripe.CompleteSession(sessionId);
        return (variant, sessionId);
    }

    private Task<Order> OrderAsync(string sessionId) =>
        factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Events).SingleAsync(o => o.PaymentSessionId == sessionId));

    private Task<HttpResponseMessage> PayAsync(string sessionId) =>
        factory.PostWebhookAsync(factory.CreateClient(), StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId)).Json);

    [Fact]
    public async Task A_payment_for_a_swept_order_whose_socks_are_still_there_reserves_them_again_and_completes_the_order()
    {
        var (variant, sessionId) = await SweptPaidSessionAsync();
        var swept = await OrderAsync(sessionId);
        var emailsBefore = factory.EmailCount();

        var response = await PayAsync(sessionId);

        Assert.Equal(OrderStatus.Cancelled, swept.Status);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await factory.ConfirmedOrderAsync(o => o.PaymentSessionId == sessionId);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.False(order.FlaggedForReview);
        Assert.Single(order.Events, e => e.Kind == "Paid");
        var stock = await factory.StockAsync(variant);
        Assert.Equal((1, 0), (stock.StockOnHand, stock.Reserved));
        Assert.Equal(emailsBefore + 1, factory.EmailCount());
    }

    [Fact]
    public async Task A_payment_for_a_swept_order_whose_socks_sold_meanwhile_is_kept_flagged_for_a_refund_and_shown_on_the_dashboard()
    {
        var (variant, sessionId) = await SweptPaidSessionAsync();
        var other = new Shopper(factory);
        await other.AddAsync(variant, 3);
        await other.CheckoutAsync();

        var response = await PayAsync(sessionId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await OrderAsync(sessionId);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.True(order.FlaggedForReview);
        Assert.True(order.CanRefund);
        Assert.Contains("cannot be fulfilled", order.FlagReason);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((3, 3), (stock.StockOnHand, stock.Reserved));
        var dashboard = await Html.ParseAsync(await (await factory.SignInAsync()).GetStringAsync("/admin"));
        Assert.Contains(order.Number, dashboard.QuerySelector("#flagged-heading")!.ParentElement!.TextContent);
    }
}
