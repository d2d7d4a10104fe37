using Mediator;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Orders.RefundOrder;

public sealed class RefundOrderCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, IClock clock) : ICommandHandler<RefundOrderCommand>
{
    public async ValueTask<Unit> Handle(RefundOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await db.LoadSeenAsync(command.OrderId, command.Version, cancellationToken);
        if (!order.CanRefund)
        {
            throw new DomainException($"Only a paid order can be refunded; order {order.Number} is {order.Status}.");
        }

        string refundReference;
        try
        {
            // Keyed by the order: if saving below fails and the admin tries again, the provider refunds once.
            refundReference = await gateway.RefundAsync(order.PaymentReference!, order.AmountCharged ?? order.Total, $"refund-{order.Id:N}", cancellationToken);
        }
        catch (PaymentGatewayException e)
        {
            throw new DomainException($"The payment provider did not refund the order: {e.Message}");
        }

        if (order.RecordRefund(refundReference, clock.UtcNow))
        {
            await OrderStock.ReleaseAsync(db, order, cancellationToken);
        }

        await db.SaveOrderAsync(cancellationToken);
        return Unit.Value;
    }
}
