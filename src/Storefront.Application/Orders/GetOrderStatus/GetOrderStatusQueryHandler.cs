using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Orders.GetOrderStatus;

public sealed class GetOrderStatusQueryHandler(IStorefrontDbContext db, CheckoutOptions options) : IQueryHandler<GetOrderStatusQuery, OrderView?>
{
    public async ValueTask<OrderView?> Handle(GetOrderStatusQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query.Token) || query.Number.Length > OrderNumber.MaxLength || query.Token.Length > 100)
        {
            return null;
        }

        var order = await db.Orders.AsNoTracking().WithLinesAndEvents()
            .FirstOrDefaultAsync(o => o.Number == query.Number.ToUpperInvariant(), cancellationToken);
        var matches = order is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(order.AccessToken), Encoding.UTF8.GetBytes(query.Token));
        return matches ? OrderView.From(order!, options.BaseUrl(query.RequestBaseUrl)) : null;
    }
}
