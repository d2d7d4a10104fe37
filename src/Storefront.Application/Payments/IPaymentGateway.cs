using Storefront.Domain.Common;

namespace Storefront.Application.Payments;

/// <summary>Takes the money: Stripe Checkout, the local test gateway, or none (Production without keys).</summary>
public interface IPaymentGateway
{
    PaymentGatewayKind Kind { get; }

    /// <summary>Why checkout cannot start, when <see cref="Kind"/> is <see cref="PaymentGatewayKind.Unavailable"/>.</summary>
    string? UnavailableReason { get; }

    /// <summary>Opens a hosted payment page for an order; the same order id always gives the same session.</summary>
    Task<CheckoutSession> CreateCheckoutSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken);

    /// <summary>What the provider says about a session now, or null when it does not know the session.</summary>
    Task<PaymentOutcome?> GetSessionOutcomeAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Closes a session nobody should pay any more (its order was replaced); best effort.</summary>
    Task ExpireSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Refunds (part of) a payment; the idempotency key makes a retried refund happen once.</summary>
    Task<string> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken);
}

public enum PaymentGatewayKind
{
    Stripe,
    Test,
    Unavailable,
}

/// <summary>Everything the provider needs to charge one order, in the order's own prices.</summary>
public sealed record CheckoutSessionRequest(
    Guid OrderId,
    string OrderNumber,
    IReadOnlyList<CheckoutSessionLine> Lines,
    Money Shipping,
    string ShippingLabel,
    string SuccessUrl,
    string CancelUrl,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? HeldUntil = null);

public sealed record CheckoutSessionLine(string Name, string Description, string? ImageUrl, Money UnitPrice, int Quantity);

public sealed record CheckoutSession(string SessionId, string Url);

/// <summary>The gateway could not open a session; the message is safe to show.</summary>
public sealed class PaymentGatewayException(string message, Exception? inner = null) : Exception(message, inner);
