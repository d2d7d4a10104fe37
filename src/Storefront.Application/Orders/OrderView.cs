using Storefront.Domain.Ordering;

namespace Storefront.Application.Orders;

/// <summary>An order as its owner sees it.</summary>
public sealed record OrderView
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required OrderStatus Status { get; init; }

    public required bool FlaggedForReview { get; init; }

    public required IReadOnlyList<OrderLineView> Lines { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal Shipping { get; init; }

    public required decimal Total { get; init; }

    public required decimal? AmountCharged { get; init; }

    public required string Currency { get; init; }

    public required string? ShippingAddress { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset? PaidAt { get; init; }

    /// <summary>Until when the order's socks are held for the shopper, while it waits for payment.</summary>
    public DateTimeOffset? HeldUntil { get; init; }

    public required IReadOnlyList<OrderEventView> History { get; init; }

    public required string? CustomerEmail { get; init; }

    public required string? TrackingNumber { get; init; }

    public TrackingLink? Tracking => TrackingLink.For(TrackingNumber);

    /// <summary>The secret link to this page, for the shopper to keep.</summary>
    public required string Link { get; init; }

    public string StatusText => (Status, FlaggedForReview) switch
    {
        (OrderStatus.PendingPayment, true) => "Payment received — we are checking it before we ship",
        (OrderStatus.PendingPayment, false) => "Waiting for payment",
        (OrderStatus.Paid, _) => "Paid — we are packing your socks",
        (OrderStatus.Cancelled, _) => "Cancelled — no payment was taken",
        (OrderStatus.PaymentFailed, _) => "Payment failed — no payment was taken",
        (OrderStatus.Shipped, _) => "Shipped",
        (OrderStatus.Refunded, _) => "Refunded",
        _ => Status.ToString(),
    };

    public static OrderView From(Order order, string baseUrl) => new()
    {
        Id = order.Id,
        Number = order.Number,
        Status = order.Status,
        FlaggedForReview = order.FlaggedForReview,
        Lines = order.Lines.Select(l => new OrderLineView(l.ProductName, l.VariantName, l.Sku, l.ImageUrl, l.UnitPrice.Amount, l.Quantity, l.LineTotal.Amount)).ToList(),
        Subtotal = order.Subtotal.Amount,
        Shipping = order.ShippingCost.Amount,
        Total = order.Total.Amount,
        AmountCharged = order.AmountCharged?.Amount,
        Currency = order.Currency,
        ShippingAddress = order.ShippingAddress?.ToString(),
        CustomerEmail = order.CustomerEmail,
        TrackingNumber = order.TrackingNumber,
        CreatedAt = order.CreatedAt,
        PaidAt = order.PaidAt,
        HeldUntil = order.Status == OrderStatus.PendingPayment && order.HoldsStock ? order.ReservationExpiresAt : null,
        // A review flag is for the shop's staff; the shopper sees the order's state instead.
        History = order.Events.Where(e => e.Kind != "Flagged").OrderBy(e => e.At).Select(e => new OrderEventView(e.Kind, e.Note, e.At)).ToList(),
        Link = OrderLink.For(order, baseUrl),
    };
}

public sealed record OrderLineView(string ProductName, string VariantName, string Sku, string ImageUrl, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record OrderEventView(string Kind, string Note, DateTimeOffset At);
