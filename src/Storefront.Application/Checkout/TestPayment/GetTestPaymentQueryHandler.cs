using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Application.Orders;
using Storefront.Application.Payments;

namespace Storefront.Application.Checkout.TestPayment;

public sealed class GetTestPaymentQueryHandler(IStorefrontDbContext db, IPaymentGateway gateway, CheckoutOptions options) : IQueryHandler<GetTestPaymentQuery, OrderView?>
{
    public async ValueTask<OrderView?> Handle(GetTestPaymentQuery query, CancellationToken cancellationToken)
    {
        if (gateway.Kind != PaymentGatewayKind.Test || query.CartId is not { } cartId)
        {
            return null;
        }

        var order = await db.Orders.AsNoTracking().WithLinesAndEvents()
            .FirstOrDefaultAsync(o => o.Id == query.OrderId && o.CartId == cartId, cancellationToken);
        return order is null ? null : OrderView.From(order, options.BaseUrl(query.RequestBaseUrl));
    }
}
