using Mediator;
using Storefront.Application.Payments;

namespace Storefront.Application.Checkout.FulfilOrder;

/// <summary>A verified report from the payment provider (a webhook event, or the test gateway's Pay / Decline).</summary>
public sealed record ApplyPaymentOutcomeCommand(PaymentOutcome Outcome, string? EventId, string EventType, string RequestBaseUrl) : ICommand<FulfilmentResult>;

public sealed class ApplyPaymentOutcomeCommandHandler(OrderFulfilment fulfilment) : ICommandHandler<ApplyPaymentOutcomeCommand, FulfilmentResult>
{
    public async ValueTask<FulfilmentResult> Handle(ApplyPaymentOutcomeCommand command, CancellationToken cancellationToken) =>
        await fulfilment.ApplyAsync(command.Outcome, command.EventId, command.EventType, command.RequestBaseUrl, cancellationToken);
}
