using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Application.Orders;
using Storefront.Application.Payments;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.TestPayment;

public sealed class GetTestPaymentQueryHandler(IStorefrontDbContext db, IPaymentGateway gateway, CheckoutOptions options) : IQueryHandler<GetTestPaymentQuery, OrderView?>
{
    // Compiled: see CompiledQueries.
    private static readonly Func<DbContext, Guid, Guid, CancellationToken, Task<Order?>> OrderOfCart = EF.CompileAsyncQuery(
        (DbContext db, Guid orderId, Guid cartId, CancellationToken _) => db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Events).AsSingleQuery()
            .FirstOrDefault(o => o.Id == orderId && o.CartId == cartId));

    public async ValueTask<OrderView?> Handle(GetTestPaymentQuery query, CancellationToken cancellationToken)
    {
        if (gateway.Kind != PaymentGatewayKind.Test || query.CartId is not { } cartId)
        {
            return null;
        }

        var order = await OrderOfCart(db.Compiled(), query.OrderId, cartId, cancellationToken);
        return order is null ? null : OrderView.From(order, options.BaseUrl(query.RequestBaseUrl));
    }
}
