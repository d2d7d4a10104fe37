using Storefront.Application.Payments;
using Storefront.Domain.Common;

namespace Storefront.Infrastructure.Payments;

/// <summary>
/// The local stand-in for Stripe on a first run: its "payment page" is the shop's own test page, whose Pay and Decline
/// buttons go through the same fulfilment path as Stripe's webhook. No card is ever charged.
/// </summary>
internal sealed class TestPaymentGateway : IPaymentGateway
{
    public const string SessionPrefix = "test_session_";

    public PaymentGatewayKind Kind => PaymentGatewayKind.Test;

    public string? UnavailableReason => null;

    public Task<CheckoutSession> CreateCheckoutSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken)
    {
        var pageUrl = new Uri(new Uri(request.SuccessUrl), $"/checkout/test-payment/{request.OrderId}").ToString();
        return Task.FromResult(new CheckoutSession($"{SessionPrefix}{request.OrderId:N}", pageUrl));
    }

    /// <summary>The test page reports its outcome itself; there is nothing more to ask.</summary>
    public Task<PaymentOutcome?> GetSessionOutcomeAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<PaymentOutcome?>(null);

    public Task ExpireSessionAsync(string sessionId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult($"test_refund_{idempotencyKey}");
}

/// <summary>Production without Stripe keys: checkout is refused, with the reason in the log and a plain message on the page.</summary>
internal sealed class UnavailablePaymentGateway(string reason) : IPaymentGateway
{
    public PaymentGatewayKind Kind => PaymentGatewayKind.Unavailable;

    public string? UnavailableReason => reason;

    public Task<CheckoutSession> CreateCheckoutSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken) =>
        throw new PaymentGatewayException(reason);

    public Task<PaymentOutcome?> GetSessionOutcomeAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<PaymentOutcome?>(null);

    public Task ExpireSessionAsync(string sessionId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken) =>
        throw new PaymentGatewayException(reason);
}
