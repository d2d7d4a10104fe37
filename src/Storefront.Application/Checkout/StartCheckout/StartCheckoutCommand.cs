using Mediator;

namespace Storefront.Application.Checkout.StartCheckout;

/// <summary>Turns the cart into an order with reserved stock, then opens the payment page for it.</summary>
/// <param name="ClientKey">A pseudonym of the client's address; its unpaid orders are capped.</param>
public sealed record StartCheckoutCommand(Guid? CartId, string RequestBaseUrl, string ClientKey) : ICommand<StartCheckoutResult>;

/// <summary>Either where to send the shopper to pay, or a message for the cart page.</summary>
public sealed record StartCheckoutResult(string? PaymentUrl, string? Problem)
{
    public static StartCheckoutResult GoTo(string url) => new(url, null);

    public static StartCheckoutResult Refused(string problem) => new(null, problem);
}
