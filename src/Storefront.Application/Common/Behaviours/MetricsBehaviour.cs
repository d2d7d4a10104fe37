using Mediator;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Application.Checkout.StartCheckout;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Application.Common.Behaviours;

/// <summary>Counts what use cases achieved from their results, so the handlers stay free of telemetry.</summary>
public sealed class MetricsBehaviour<TMessage, TResponse>(StorefrontMetrics metrics) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        switch (message, response)
        {
            case (StartCheckoutCommand, StartCheckoutResult { PaymentUrl: not null }):
                metrics.CheckoutStarted();
                break;
            case (ReleaseExpiredReservationsCommand, int released):
                metrics.ReservationsReleased(released);
                break;
        }

        return response;
    }
}
