using Mediator;

namespace Storefront.Application.Admin.Orders.RefundOrder;

/// <summary>Refunds a paid order in full through the payment gateway, then records the refund on the order.</summary>
public sealed record RefundOrderCommand(Guid OrderId, int Version) : ICommand;
