using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Checkout.FulfilOrder;
using Storefront.Application.Common;
using Storefront.Application.Orders;
using Storefront.Application.Payments;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.ConfirmCheckout;

public sealed class ConfirmCheckoutCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, OrderFulfilment fulfilment, CheckoutOptions options)
    : ICommandHandler<ConfirmCheckoutCommand, OrderView?>
{
    public async ValueTask<OrderView?> Handle(ConfirmCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.SessionId) || command.SessionId.Length > 255 || command.CartId is not { } cartId)
        {
            return null;
        }

        var order = await FindAsync(command.SessionId, cancellationToken);
        if (order is null || order.CartId != cartId)
        {
            return null;
        }

        if (order.Status == OrderStatus.PendingPayment && !order.FlaggedForReview && gateway.Kind != PaymentGatewayKind.Unavailable
            && await gateway.GetSessionOutcomeAsync(command.SessionId, cancellationToken) is { Kind: not PaymentOutcomeKind.Open } outcome
            && outcome.SessionId == order.PaymentSessionId)
        {
            try
            {
                // The provider's answer about this very session, never the URL, decides; the same path as the webhook.
                await fulfilment.ApplyAsync(outcome with { OrderId = order.Id }, eventId: null, "success_page", command.RequestBaseUrl, cancellationToken);
            }
            catch (RetriesExhaustedException)
            {
                // The webhook brings the same news; meanwhile the shopper sees the order as it stands.
            }

            order = await FindAsync(command.SessionId, cancellationToken) ?? order;
        }

        return OrderView.From(order, options.BaseUrl(command.RequestBaseUrl));
    }

    private Task<Order?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Events).FirstOrDefaultAsync(o => o.PaymentSessionId == sessionId, cancellationToken);
}
