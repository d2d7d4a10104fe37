namespace Storefront.Application.Checkout.FulfilOrder;

public enum FulfilmentResult
{
    Paid,
    AlreadyPaid,
    Flagged,
    Cancelled,
    Processing,
    NoChange,
    DuplicateEvent,
    UnknownOrder,
}
