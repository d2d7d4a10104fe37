using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Orders.GetOrderDetail;

public sealed class GetOrderDetailQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetOrderDetailQuery, AdminOrderDetail?>
{
    public async ValueTask<AdminOrderDetail?> Handle(GetOrderDetailQuery query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().WithLinesAndEvents()
            .FirstOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken);
        return order is null
            ? null
            : new AdminOrderDetail(
                order.Id,
                order.Version,
                order.Number,
                order.Status,
                order.CreatedAt,
                order.PaidAt,
                order.CustomerEmail,
                order.ShippingAddress?.ToString(),
                order.Lines.Select(l => new AdminOrderLine(l.ProductName, l.VariantName, l.Sku, l.UnitPrice.Amount, l.Quantity, l.LineTotal.Amount)).ToList(),
                order.Subtotal.Amount,
                order.ShippingCost.Amount,
                order.Total.Amount,
                order.AmountCharged?.Amount,
                order.PaymentReference,
                order.TrackingNumber,
                order.RefundReference,
                order.FlaggedForReview,
                order.FlagReason,
                order.CanShip,
                order.CanCancel,
                order.CanRefund,
                order.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new AdminOrderEvent(e.At, e.Kind, e.Note)).ToList());
    }
}
