namespace Storefront.Domain.Ordering;

/// <summary>One entry of an order's history, for the shopper's order page and the admin.</summary>
public sealed class OrderEvent
{
    private OrderEvent()
    {
        Kind = string.Empty;
        Note = string.Empty;
    }

    internal OrderEvent(Guid orderId, string kind, string note, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        Kind = kind;
        Note = note;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>Created, Paid, Cancelled, PaymentFailed, Flagged, PaymentProcessing… (admin adds Shipped, Refunded).</summary>
    public string Kind { get; private set; }

    public string Note { get; private set; }

    public DateTimeOffset At { get; private set; }
}
