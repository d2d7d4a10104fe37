using Mediator;
using Storefront.Application.Orders;

namespace Storefront.Application.Checkout.TestPayment;

/// <summary>The order the local test payment page is for; null unless the test gateway is active and the cart owns a pending order.</summary>
public sealed record GetTestPaymentQuery(Guid OrderId, Guid? CartId, string RequestBaseUrl) : IQuery<OrderView?>;
