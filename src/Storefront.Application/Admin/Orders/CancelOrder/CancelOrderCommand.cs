using Mediator;

namespace Storefront.Application.Admin.Orders.CancelOrder;

/// <summary>Cancels an unpaid order and puts its reserved socks back on sale.</summary>
public sealed record CancelOrderCommand(Guid OrderId, int Version) : ICommand;
