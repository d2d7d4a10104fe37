using Mediator;

namespace Storefront.Application.Admin.Orders.ShipOrder;

public sealed record ShipOrderCommand(Guid OrderId, int Version, string TrackingNumber) : ICommand;
