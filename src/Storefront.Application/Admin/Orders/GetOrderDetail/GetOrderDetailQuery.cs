using Mediator;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Admin.Orders.GetOrderDetail;

public sealed record GetOrderDetailQuery(Guid OrderId) : IQuery<AdminOrderDetail?>;

public sealed record AdminOrderDetail(
    Guid Id,
    int Version,
    string Number,
    OrderStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    string? Email,
    string? ShippingAddress,
    IReadOnlyList<AdminOrderLine> Lines,
    decimal Subtotal,
    decimal Shipping,
    decimal Total,
    decimal? AmountCharged,
    string? PaymentReference,
    string? TrackingNumber,
    string? RefundReference,
    bool Flagged,
    string? FlagReason,
    bool CanShip,
    bool CanCancel,
    bool CanRefund,
    IReadOnlyList<AdminOrderEvent> Events)
{
    /// <summary>The carrier's tracking page, the same link the shipped email and the shopper's order page give.</summary>
    public TrackingLink? Tracking => TrackingLink.For(TrackingNumber);
}

public sealed record AdminOrderLine(string ProductName, string VariantName, string Sku, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record AdminOrderEvent(DateTimeOffset At, string Kind, string Note);
