using Storefront.Application.Payments;
using Storefront.Domain.Ordering;
using Stripe.Checkout;

namespace Storefront.Infrastructure.Payments;

/// <summary>Reads a Stripe Checkout Session into the shop's terms.</summary>
internal static class StripeSessionReader
{
    public static PaymentOutcomeKind KindOf(Session session) => (session.Status, session.PaymentStatus) switch
    {
        ("complete", "paid" or "no_payment_required") => PaymentOutcomeKind.Paid,
        ("complete", _) => PaymentOutcomeKind.Processing,
        ("expired", _) => PaymentOutcomeKind.Expired,
        _ => PaymentOutcomeKind.Open,
    };

    public static PaymentOutcome Outcome(Session session, PaymentOutcomeKind kind) => new()
    {
        Kind = kind,
        SessionId = session.Id,
        OrderId = OrderId(session),
        AmountChargedCents = session.AmountTotal,
        Currency = session.Currency?.ToUpperInvariant(),
        PaymentReference = session.PaymentIntentId,
        ShippingAddress = Address(session),
        CustomerEmail = session.CustomerDetails?.Email,
    };

    private static Guid? OrderId(Session session) =>
        session.Metadata?.TryGetValue("order_id", out var id) == true && Guid.TryParse(id, out var fromMetadata) ? fromMetadata
        : Guid.TryParse(session.ClientReferenceId, out var fromReference) ? fromReference
        : null;

    private static ShippingAddress? Address(Session session) =>
        session.CollectedInformation?.ShippingDetails is { Address: { } address } details
            ? new ShippingAddress(details.Name ?? string.Empty, address.Line1 ?? string.Empty, address.Line2, address.City ?? string.Empty, address.State ?? string.Empty, address.PostalCode ?? string.Empty, address.Country ?? "US")
            : null;
}
