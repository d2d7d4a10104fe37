using Storefront.Domain.Ordering;

namespace Storefront.Application.Orders;

/// <summary>The one place that builds the shopper's secret link to an order (order page, confirmation email).</summary>
public static class OrderLink
{
    public static string For(Order order, string baseUrl) => $"{baseUrl}/orders/{order.Number}?token={Uri.EscapeDataString(order.AccessToken)}";
}
