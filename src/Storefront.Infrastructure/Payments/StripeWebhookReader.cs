using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Application.Payments;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Infrastructure.Payments;

/// <summary>Checks a Stripe webhook's signature and reads the checkout events the shop acts on.</summary>
internal sealed partial class StripeWebhookReader(IOptions<StripeOptions> options, ILogger<StripeWebhookReader> logger) : IPaymentWebhookReader
{
    private const string BadSignature = "The Stripe signature is missing, forged or too old.";

    public PaymentWebhook Read(string payload, string? signatureHeader)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            LogNoSecret(logger);
            throw new RefusedWebhookException("This shop takes no Stripe webhooks: it has no signing secret.");
        }

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw new RefusedWebhookException(BadSignature);
        }

        Event stripeEvent;
        try
        {
            // The API version of events follows the account's webhook settings; the fields read here are stable across versions.
            stripeEvent = EventUtility.ConstructEvent(payload, signatureHeader, secret, options.Value.WebhookToleranceSeconds, throwOnApiVersionMismatch: false);
        }
        catch (Exception exception) when (exception is StripeException or ArgumentException)
        {
            LogRejected(logger, exception.Message);
            throw new RefusedWebhookException(BadSignature, exception);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or Newtonsoft.Json.JsonException)
        {
            // Signed by Stripe's secret but not a readable event (cut short on the way, say); Stripe's retry may bring it whole.
            LogRejected(logger, exception.Message);
            throw new RefusedWebhookException("The signed webhook payload is not a readable Stripe event.", exception);
        }

        var kind = stripeEvent.Type switch
        {
            EventTypes.CheckoutSessionCompleted => (PaymentOutcomeKind?)null,
            EventTypes.CheckoutSessionAsyncPaymentSucceeded => PaymentOutcomeKind.Paid,
            EventTypes.CheckoutSessionAsyncPaymentFailed => PaymentOutcomeKind.Failed,
            EventTypes.CheckoutSessionExpired => PaymentOutcomeKind.Expired,
            _ => PaymentOutcomeKind.Open,
        };
        if (kind == PaymentOutcomeKind.Open || stripeEvent.Data.Object is not Session session)
        {
            return new PaymentWebhook(stripeEvent.Id, stripeEvent.Type, null);
        }

        // completed: paid now, or (bank debits and the like) processing until an async_payment event follows.
        var outcomeKind = kind ?? (session.PaymentStatus is "paid" or "no_payment_required" ? PaymentOutcomeKind.Paid : PaymentOutcomeKind.Processing);
        return new PaymentWebhook(stripeEvent.Id, stripeEvent.Type, StripeSessionReader.Outcome(session, outcomeKind));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A Stripe webhook arrived but Stripe:WebhookSecret is not set; it was refused")]
    private static partial void LogNoSecret(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Stripe webhook was refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
