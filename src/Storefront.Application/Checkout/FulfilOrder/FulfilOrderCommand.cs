using Mediator;
using Storefront.Application.Payments;

namespace Storefront.Application.Checkout.FulfilOrder;

/// <summary>A verified report from the payment provider (a webhook event, or the test gateway's Pay / Decline).</summary>
public sealed record FulfilOrderCommand(PaymentOutcome Outcome, string? EventId, string EventType, string RequestBaseUrl) : ICommand<FulfilmentResult>;
