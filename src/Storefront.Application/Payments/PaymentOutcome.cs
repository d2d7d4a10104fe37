using Storefront.Domain.Ordering;

namespace Storefront.Application.Payments;

/// <summary>What happened to a checkout session, in the shop's terms, whoever reported it (webhook, success page, test gateway).</summary>
public sealed record PaymentOutcome
{
    public required PaymentOutcomeKind Kind { get; init; }

    public required string SessionId { get; init; }

    /// <summary>The order id the session carries (Stripe metadata / client reference), if any.</summary>
    public Guid? OrderId { get; init; }

    /// <summary>What the provider charged, in cents, with its currency (upper case).</summary>
    public long? AmountChargedCents { get; init; }

    public string? Currency { get; init; }

    public string? PaymentReference { get; init; }

    public ShippingAddress? ShippingAddress { get; init; }

    public string? CustomerEmail { get; init; }
}

public enum PaymentOutcomeKind
{
    /// <summary>Nothing final yet (session open, or a kind of event the shop does not act on).</summary>
    Open,

    Paid,

    /// <summary>Completed, but the money settles later (async payment methods).</summary>
    Processing,

    Failed,

    Expired,
}

/// <summary>A webhook whose signature checked out.</summary>
public sealed record PaymentWebhook(string EventId, string EventType, PaymentOutcome? Outcome);

/// <summary>Verifies and reads a payment provider's webhook.</summary>
public interface IPaymentWebhookReader
{
    /// <summary>The event whose signature checked out.</summary>
    /// <exception cref="RefusedWebhookException">The signature is missing, forged or stale, or the signed payload is not an event.</exception>
    PaymentWebhook Read(string payload, string? signatureHeader);
}

/// <summary>A webhook the shop will not act on; the message says why and is safe to answer with.</summary>
public sealed class RefusedWebhookException(string message, Exception? inner = null) : Exception(message, inner);
