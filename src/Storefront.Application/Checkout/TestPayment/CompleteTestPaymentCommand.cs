using Mediator;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.TestPayment;

/// <summary>The test gateway's Pay or Decline button. Refused unless the test gateway is the active one.</summary>
public sealed record CompleteTestPaymentCommand(Guid OrderId, Guid? CartId, bool Approve, ShippingAddress Address, string? Email, string RequestBaseUrl)
    : ICommand<CompleteTestPaymentResult>;

/// <summary>Where to send the shopper next; null when there is no such test payment.</summary>
public sealed record CompleteTestPaymentResult(string? SessionId);
