using Mediator;

namespace Storefront.Application.Checkout.FulfilOrder;

public sealed class FulfilOrderCommandHandler(OrderFulfilment fulfilment) : ICommandHandler<FulfilOrderCommand, FulfilmentResult>
{
    public async ValueTask<FulfilmentResult> Handle(FulfilOrderCommand command, CancellationToken cancellationToken) =>
        await fulfilment.ApplyAsync(command.Outcome, command.EventId, command.EventType, command.RequestBaseUrl, cancellationToken);
}
