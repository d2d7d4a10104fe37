using Mediator;

namespace Storefront.Application.Admin.Orders.ShipOrder;

/// <summary>Marks a paid order shipped and emails the shopper the tracking link; links are built from the shop's address.</summary>
public sealed record ShipOrderCommand(Guid OrderId, int Version, string TrackingNumber, string RequestBaseUrl) : ICommand;
