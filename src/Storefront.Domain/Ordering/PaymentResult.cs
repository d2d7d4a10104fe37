using Storefront.Domain.Common;

namespace Storefront.Domain.Ordering;

/// <summary>What the payment provider says was paid for an order.</summary>
public sealed record PaymentConfirmation(Money AmountCharged, string PaymentReference, ShippingAddress? ShippingAddress, string? CustomerEmail);

/// <summary>What recording a payment did to the order, so the caller knows whether to turn the reservation into a sale.</summary>
public enum PaymentResult
{
    /// <summary>The order is now paid: complete the sale of its reserved stock.</summary>
    Paid,

    /// <summary>It was paid before; nothing changed.</summary>
    AlreadyPaid,

    /// <summary>The payment disagrees with the order (amount, currency, or it came after cancellation): held for review, not fulfilled.</summary>
    Flagged,
}
