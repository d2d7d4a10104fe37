using Mediator;
using Microsoft.Extensions.Logging;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Application.Email;

namespace Storefront.Application.Admin.Orders.ShipOrder;

public sealed partial class ShipOrderCommandHandler(IStorefrontDbContext db, IClock clock, IEmailSender email, CheckoutOptions options, ILogger<ShipOrderCommandHandler> logger)
    : ICommandHandler<ShipOrderCommand>
{
    public async ValueTask<Unit> Handle(ShipOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await db.LoadSeenAsync(command.OrderId, command.Version, cancellationToken);
        order.MarkShipped(command.TrackingNumber, clock.UtcNow);
        await db.SaveOrderAsync(cancellationToken);
        try
        {
            await email.SendAsync(OrderShippedEmail.Compose(order, options.BaseUrl(command.RequestBaseUrl)), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parcel has left either way; the order page shows the same tracking link.
            LogEmailFailed(logger, exception, order.Number);
        }

        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The shipping email for order {Number} could not be sent")]
    private static partial void LogEmailFailed(ILogger logger, Exception exception, string number);
}
