namespace Storefront.Domain.Ordering;

/// <summary>Where an order stands. Stored as its name, so new states can be added without renumbering.</summary>
public enum OrderStatus
{
    PendingPayment,
    Paid,
    Cancelled,
    PaymentFailed,
    Shipped,
    Refunded,
}
