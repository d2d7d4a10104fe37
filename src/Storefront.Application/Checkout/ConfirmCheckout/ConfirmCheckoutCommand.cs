using Mediator;
using Storefront.Application.Orders;

namespace Storefront.Application.Checkout.ConfirmCheckout;

/// <summary>
/// The success page: the order of a payment session, as the database has it, brought up to date from the provider
/// when the webhook has not arrived yet. Only the cart that started the checkout sees it.
/// </summary>
public sealed record ConfirmCheckoutCommand(string? SessionId, Guid? CartId, string RequestBaseUrl) : ICommand<OrderView?>;
