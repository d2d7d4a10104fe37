using Storefront.Domain.Common;
using Storefront.Domain.Pricing;
using Storefront.Domain.Shipping;

namespace Storefront.Domain.Ordering;

/// <summary>
/// An order, saved before the shopper is sent to pay. Its state changes only through the methods below, each safe
/// to call again: payment providers repeat and reorder their events.
/// </summary>
public sealed class Order
{
    public const int MaxReasonLength = 400;
    public const int MaxTrackingLength = 100;

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderEvent> _events = [];

    private Order()
    {
        Number = string.Empty;
        AccessToken = string.Empty;
    }

    private Order(string number, string accessToken, Guid cartId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        AccessToken = accessToken;
        CartId = cartId;
        CreatedAt = now;
        Status = OrderStatus.PendingPayment;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    /// <summary>The secret in the order link; whoever holds it may see the order.</summary>
    public string AccessToken { get; private set; }

    public Guid CartId { get; private set; }

    /// <summary>A pseudonym of the client (address or IPv6 network) that placed the order, so its unpaid orders can be capped.</summary>
    public string? ClientKey { get; private set; }

    public OrderStatus Status { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public IReadOnlyList<OrderEvent> Events => _events;

    public Money Subtotal { get; private set; }

    public Money ShippingCost { get; private set; }

    public Money Total { get; private set; }

    public string Currency => Total.Currency;

    public ShippingAddress? ShippingAddress { get; private set; }

    public string? CustomerEmail { get; private set; }

    public Money? AmountCharged { get; private set; }

    /// <summary>The payment provider's checkout session id.</summary>
    public string? PaymentSessionId { get; private set; }

    /// <summary>The provider's payment id (Stripe payment intent), used for refunds.</summary>
    public string? PaymentReference { get; private set; }

    /// <summary>True while the order's units are held as reserved stock.</summary>
    public bool HoldsStock { get; private set; }

    /// <summary>When held stock goes back on sale if the order is still unpaid; null while a payment is processing or under review.</summary>
    public DateTimeOffset? ReservationExpiresAt { get; private set; }

    public bool FlaggedForReview { get; private set; }

    public string? FlagReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public DateTimeOffset? ConfirmationSentAt { get; private set; }

    /// <summary>Changes with every transition; two concurrent transitions of one order cannot both be saved.</summary>
    public int Version { get; private set; }

    public bool IsPaid => Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Refunded;

    /// <summary>The carrier's tracking number, once an admin marks the order shipped.</summary>
    public string? TrackingNumber { get; private set; }

    /// <summary>The payment provider's refund id, once an admin refunds the order.</summary>
    public string? RefundReference { get; private set; }

    public bool CanShip => Status == OrderStatus.Paid;

    /// <summary>It ended unpaid and gave its stock back, so a late payment may bring it back if the stock is there.</summary>
    public bool CanReinstate => Status is OrderStatus.Cancelled or OrderStatus.PaymentFailed && !FlaggedForReview && !HoldsStock;

    public bool CanCancel => Status == OrderStatus.PendingPayment && !FlaggedForReview;

    /// <summary>A paid order, or a flagged one whose provider did take money (a wrong amount, or a payment after cancelling).</summary>
    public bool CanRefund => PaymentReference is not null
        && (Status is OrderStatus.Paid or OrderStatus.Shipped
            || (FlaggedForReview && AmountCharged is not null && Status is OrderStatus.PendingPayment or OrderStatus.Cancelled or OrderStatus.PaymentFailed));

    /// <summary>A new order waiting for payment, its prices snapshotted and its shipping decided by <paramref name="shipping"/>; its stock is reserved by the caller in the same save.</summary>
    public static Order Place(Guid cartId, IReadOnlyList<OrderItem> items, ShippingPolicy shipping, DateTimeOffset now, DateTimeOffset reservationExpiresAt, string? clientKey = null)
    {
        if (items.Count == 0)
        {
            throw new DomainException("Your cart is empty.");
        }

        if (items.Select(i => i.VariantId).Distinct().Count() != items.Count)
        {
            throw new DomainException("An order lists each variant once.");
        }

        var order = new Order(OrderNumber.New(now), OrderNumber.NewAccessToken(), cartId, now) { ClientKey = clientKey };
        order._lines.AddRange(items.Select(i => new OrderLine(order.Id, i)));
        var prices = PriceBreakdown.Of(order._lines.Select(l => new PriceLine(l.UnitPrice, l.Quantity)), shipping);
        order.Subtotal = prices.Subtotal;
        order.ShippingCost = prices.Shipping;
        order.Total = prices.Total;
        order.HoldsStock = true;
        order.ReservationExpiresAt = reservationExpiresAt;
        order.Record("Created", $"Order placed: {order.Total} including {(prices.Quote.IsFree ? "free shipping" : $"{prices.Shipping} shipping")}.", now);
        return order;
    }

    public void AttachPaymentSession(string sessionId, DateTimeOffset reservationExpiresAt, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            throw new DomainException("A payment session needs an id.");
        }

        if (PaymentSessionId == sessionId)
        {
            return;
        }

        PaymentSessionId = sessionId;
        if (Status == OrderStatus.PendingPayment && ReservationExpiresAt is not null)
        {
            ReservationExpiresAt = reservationExpiresAt;
        }

        Record("PaymentStarted", "Sent to pay.", now);
    }

    /// <summary>Records the provider's word that the order is paid. Only the exact total in the order's currency fulfils it.</summary>
    public PaymentResult RecordPayment(PaymentConfirmation payment, DateTimeOffset now)
    {
        if (IsPaid)
        {
            return PaymentResult.AlreadyPaid;
        }

        if (FlaggedForReview)
        {
            return PaymentResult.Flagged;
        }

        AmountCharged = payment.AmountCharged;
        PaymentReference = payment.PaymentReference;
        ShippingAddress = payment.ShippingAddress ?? ShippingAddress;
        CustomerEmail = payment.CustomerEmail ?? CustomerEmail;

        if (Status != OrderStatus.PendingPayment)
        {
            Flag($"Paid but cannot be fulfilled: a payment of {payment.AmountCharged} arrived after the order was {Status} and its socks are no longer in stock. Refund it.", now);
            return PaymentResult.Flagged;
        }

        if (payment.AmountCharged != Total)
        {
            Flag($"The payment provider charged {payment.AmountCharged} but the order total is {Total}.", now);
            return PaymentResult.Flagged;
        }

        Status = OrderStatus.Paid;
        PaidAt = now;
        HoldsStock = false;
        ReservationExpiresAt = null;
        Record("Paid", $"Paid {payment.AmountCharged} ({payment.PaymentReference}).", now);
        return PaymentResult.Paid;
    }

    /// <summary>
    /// A payment arrived for an order that had ended unpaid (its session expired, or the payment first failed) and the
    /// caller reserved its socks again: it waits for that payment once more, so the payment can fulfil it.
    /// </summary>
    public void Reinstate(DateTimeOffset now)
    {
        if (!CanReinstate)
        {
            throw new DomainException($"Only an order that ended unpaid can wait for a payment again; order {Number} is {Status}.");
        }

        Status = OrderStatus.PendingPayment;
        HoldsStock = true;
        ReservationExpiresAt = null;
        Record("Reinstated", "A payment arrived after the order ended unpaid; its socks were reserved again.", now);
    }

    /// <summary>The payment was accepted but settles later (e.g. a bank debit): hold the stock until the outcome arrives.</summary>
    public void MarkPaymentProcessing(DateTimeOffset now)
    {
        if (Status != OrderStatus.PendingPayment || ReservationExpiresAt is null)
        {
            return;
        }

        ReservationExpiresAt = null;
        Record("PaymentProcessing", "The payment is processing; the socks stay reserved until it settles.", now);
    }

    /// <summary>Cancels an unpaid order. Returns true when its reserved stock must be released; a paid order stays paid.</summary>
    public bool Cancel(string reason, DateTimeOffset now) => EndUnpaid(OrderStatus.Cancelled, "Cancelled", reason, now);

    /// <summary>The payment could not be started or was declined. Returns true when its reserved stock must be released.</summary>
    public bool MarkPaymentFailed(string reason, DateTimeOffset now) => EndUnpaid(OrderStatus.PaymentFailed, "PaymentFailed", reason, now);

    /// <summary>An admin sent a paid order on its way with the carrier's tracking number.</summary>
    public void MarkShipped(string trackingNumber, DateTimeOffset now)
    {
        if (!CanShip)
        {
            throw new DomainException($"Only a paid order can be shipped; order {Number} is {Status}.");
        }

        var trimmed = trackingNumber?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxTrackingLength)
        {
            throw new DomainException($"Give the carrier's tracking number (1 to {MaxTrackingLength} characters).");
        }

        TrackingNumber = trimmed;
        Status = OrderStatus.Shipped;
        Record("Shipped", $"Shipped with tracking number {trimmed}.", now);
    }

    /// <summary>
    /// The payment provider gave back everything it charged. Returns true when the order still held reserved stock
    /// (a flagged order under review), which must go back on sale.
    /// </summary>
    public bool RecordRefund(string refundReference, DateTimeOffset now)
    {
        if (!CanRefund)
        {
            throw new DomainException($"Only a paid order can be refunded; order {Number} is {Status}.");
        }

        RefundReference = refundReference;
        Status = OrderStatus.Refunded;
        ReservationExpiresAt = null;
        var release = HoldsStock;
        HoldsStock = false;
        Record("Refunded", $"Refunded {AmountCharged ?? Total} ({refundReference}).", now);
        return release;
    }

    /// <summary>Holds the order for a person to look at; its stock stays held (no expiry) until they decide.</summary>
    public void Flag(string reason, DateTimeOffset now)
    {
        FlaggedForReview = true;
        ReservationExpiresAt = null;
        FlagReason = Limit(reason);
        Record("Flagged", FlagReason, now);
    }

    public void MarkConfirmationSent(DateTimeOffset now)
    {
        ConfirmationSentAt = now;
        Record("ConfirmationSent", CustomerEmail is null ? "Confirmation written." : $"Confirmation sent to {CustomerEmail}.", now);
    }

    private bool EndUnpaid(OrderStatus status, string kind, string reason, DateTimeOffset now)
    {
        if (Status != OrderStatus.PendingPayment || FlaggedForReview)
        {
            return false;
        }

        Status = status;
        ReservationExpiresAt = null;
        var release = HoldsStock;
        HoldsStock = false;
        Record(kind, reason, now);
        return release;
    }

    private void Record(string kind, string note, DateTimeOffset now)
    {
        _events.Add(new OrderEvent(Id, kind, Limit(note), now));
        Version++;
    }

    private static string Limit(string text) => text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
}
