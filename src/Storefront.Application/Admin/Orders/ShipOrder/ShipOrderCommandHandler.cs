using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Orders.ShipOrder;

public sealed class ShipOrderCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<ShipOrderCommand>
{
    public async ValueTask<Unit> Handle(ShipOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await db.LoadSeenAsync(command.OrderId, command.Version, cancellationToken);
        order.MarkShipped(command.TrackingNumber, clock.UtcNow);
        await db.SaveOrderAsync(cancellationToken);
        return Unit.Value;
    }
}
