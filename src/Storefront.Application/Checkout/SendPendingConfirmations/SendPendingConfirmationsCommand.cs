using Mediator;

namespace Storefront.Application.Checkout.SendPendingConfirmations;

/// <summary>Sends the confirmations of paid orders whose email failed (mail server down, app restarted). Returns how many were tried.</summary>
public sealed record SendPendingConfirmationsCommand : ICommand<int>;
