using Mediator;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Orders.CancelOrder;

public sealed class CancelOrderCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<CancelOrderCommand>
{
    public async ValueTask<Unit> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await db.LoadSeenAsync(command.OrderId, command.Version, cancellationToken);
        if (!order.CanCancel)
        {
            throw new DomainException($"Only an unpaid order that is not under review can be cancelled; order {order.Number} is {order.Status}.");
        }

        if (order.Cancel("Cancelled by the shop.", clock.UtcNow))
        {
            await OrderStock.ReleaseAsync(db, order, cancellationToken);
        }

        await db.SaveOrderAsync(cancellationToken);
        return Unit.Value;
    }
}
