using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Application.Carts;
using Storefront.Application.Checkout.SendConfirmations;
using Storefront.Application.Common;
using Storefront.Application.Common.Telemetry;
using Storefront.Application.Payments;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.FulfilOrder;

/// <summary>
/// The one idempotent path from "the provider says…" to the order's new state, used by the webhook, the success page
/// and the test gateway. The event id, the order's state change and the stock movement are saved together, so a
/// repeated or concurrent report changes nothing; only the request that saved the payment queues the confirmation.
/// </summary>
public sealed partial class OrderFulfilment(
    IStorefrontDbContext db,
    IClock clock,
    ConfirmationQueue confirmations,
    CheckoutOptions options,
    StorefrontMetrics metrics,
    ILogger<OrderFulfilment> logger)
{
    public async Task<FulfilmentResult> ApplyAsync(PaymentOutcome outcome, string? eventId, string eventType, string requestBaseUrl, CancellationToken cancellationToken)
    {
        // Running out of retries throws: the provider is told it failed and sends the event again.
        var unitOfWork = $"{eventType} for order {outcome.OrderId?.ToString() ?? "of session " + outcome.SessionId} (event {eventId ?? "none"})";
        // A caller that has just read the order (the test gateway) is not made to read it again for the first attempt.
        var result = await ConcurrencyRetry.RunAsync(db, logger, unitOfWork, () => ApplyOnceAsync(outcome, eventId, eventType, cancellationToken), cancellationToken, keepTrackedAtFirst: true);
        LogApplied(logger, outcome.Kind, outcome.SessionId, eventId, result);
        metrics.PaymentApplied(result);
        if (result == FulfilmentResult.UnknownOrder)
        {
            LogUnknownOrder(logger, eventType, outcome.SessionId, eventId);
        }

        if (result == FulfilmentResult.Paid)
        {
            var orderId = outcome.OrderId ?? await OrderIdAsync(outcome.SessionId, cancellationToken);
            confirmations.Add(orderId, options.BaseUrl(requestBaseUrl));
        }

        return result;
    }

    private async Task<FulfilmentResult> ApplyOnceAsync(PaymentOutcome outcome, string? eventId, string eventType, CancellationToken cancellationToken)
    {
        if (eventId is not null && await db.ProcessedWebhookEvents.AnyAsync(e => e.EventId == eventId, cancellationToken))
        {
            return FulfilmentResult.DuplicateEvent;
        }

        var order = (outcome.OrderId is { } id ? OrderStock.Tracked(db, id) : null) ?? await OrderStock.FindOrderAsync(db, outcome.OrderId, outcome.SessionId, cancellationToken);
        var result = order is null ? FulfilmentResult.UnknownOrder : await ApplyToAsync(order, outcome, cancellationToken);
        if (eventId is not null)
        {
            db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent(eventId, eventType, clock.UtcNow));
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<FulfilmentResult> ApplyToAsync(Order order, PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        switch (outcome.Kind)
        {
            case PaymentOutcomeKind.Paid:
                // Paid after the order ended unpaid (the sweeper came first): fulfil it if its socks are still there.
                if (order.CanReinstate && await OrderStock.TryReserveAgainAsync(db, order, cancellationToken))
                {
                    order.Reinstate(now);
                }

                var payment = RecordPayment(order, outcome, now);
                if (payment == PaymentResult.Paid)
                {
                    await CompleteSaleAsync(order, cancellationToken);
                    if (await CartStore.FindAsync(db, order.CartId, cancellationToken) is { } cart)
                    {
                        cart.Clear(now);
                    }
                }

                return payment switch
                {
                    PaymentResult.Paid => FulfilmentResult.Paid,
                    PaymentResult.AlreadyPaid => FulfilmentResult.AlreadyPaid,
                    _ => FulfilmentResult.Flagged,
                };
            case PaymentOutcomeKind.Processing:
                order.MarkPaymentProcessing(now);
                return FulfilmentResult.Processing;
            case PaymentOutcomeKind.Failed or PaymentOutcomeKind.Expired:
                var reason = outcome.Kind == PaymentOutcomeKind.Failed ? "The payment failed." : "The checkout session expired before payment.";
                if (order.Cancel(reason, now))
                {
                    await OrderStock.ReleaseAsync(db, order, cancellationToken);
                    return FulfilmentResult.Cancelled;
                }

                return FulfilmentResult.NoChange;
            default:
                return FulfilmentResult.NoChange;
        }
    }

    /// <summary>
    /// The order was read before the stock: if another request fulfilled it in between, the reservation is gone.
    /// That request's save also changed the order's version, so reading both again settles it.
    /// </summary>
    private async Task CompleteSaleAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            await OrderStock.CompleteSaleAsync(db, order, cancellationToken);
        }
        catch (DomainException stale)
        {
            throw new StaleReadException($"Order {order.Number} changed while it was being fulfilled.", stale);
        }
    }

    private static PaymentResult RecordPayment(Order order, PaymentOutcome outcome, DateTimeOffset now)
    {
        var currency = outcome.Currency?.ToUpperInvariant();
        if (outcome.AmountChargedCents is not { } cents || cents < 0 || currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            order.Flag("The payment provider reported a payment without a usable amount and currency.", now);
            return PaymentResult.Flagged;
        }

        var charged = Money.FromCents(cents, currency);
        var reference = outcome.PaymentReference ?? outcome.SessionId;
        if (charged.Currency != order.Currency)
        {
            order.Flag($"The payment provider charged {charged} but the order is in {order.Currency}.", now);
            return PaymentResult.Flagged;
        }

        return order.RecordPayment(new PaymentConfirmation(charged, reference, outcome.ShippingAddress, outcome.CustomerEmail), now);
    }

    private Task<Guid> OrderIdAsync(string sessionId, CancellationToken cancellationToken) =>
        db.Orders.Where(o => o.PaymentSessionId == sessionId).Select(o => o.Id).FirstOrDefaultAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment outcome {Kind} for session {SessionId} (event {EventId}): {Result}")]
    private static partial void LogApplied(ILogger logger, PaymentOutcomeKind kind, string sessionId, string? eventId, FulfilmentResult result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {EventType} for session {SessionId} (event {EventId}) names no order of this shop; nothing was changed")]
    private static partial void LogUnknownOrder(ILogger logger, string eventType, string sessionId, string? eventId);
}
