using Mediator;

namespace Storefront.Application.Orders.GetOrderStatus;

/// <summary>An order for whoever holds its secret link; null for a wrong number or token, without saying which.</summary>
public sealed record GetOrderStatusQuery(string Number, string? Token, string RequestBaseUrl) : IQuery<OrderView?>;
