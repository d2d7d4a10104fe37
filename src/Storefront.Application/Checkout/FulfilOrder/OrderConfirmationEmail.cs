using System.Text;
using Storefront.Application.Email;
using Storefront.Application.Orders;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.FulfilOrder;

internal static class OrderConfirmationEmail
{
    public static EmailMessage Compose(Order order, string baseUrl)
    {
        var body = new StringBuilder()
            .AppendLine("Thank you for your order!")
            .AppendLine()
            .AppendLine($"Order {order.Number}")
            .AppendLine();
        foreach (var line in order.Lines)
        {
            body.AppendLine($"{line.Quantity} × {line.ProductName} ({line.VariantName}, {line.Sku}) — {line.LineTotal}");
        }

        body.AppendLine()
            .AppendLine($"Subtotal: {order.Subtotal}")
            .AppendLine($"Shipping: {(order.ShippingCost.Amount == 0m ? "Free" : order.ShippingCost.ToString())}")
            .AppendLine($"Total paid: {order.AmountCharged ?? order.Total}");
        if (order.ShippingAddress is { } address)
        {
            body.AppendLine().AppendLine($"Shipping to: {address}");
        }

        body.AppendLine()
            .AppendLine("See your order's status at any time (keep this link private):")
            .AppendLine(OrderLink.For(order, baseUrl));
        return new EmailMessage(order.CustomerEmail, $"Your Storefront order {order.Number}", body.ToString(), $"confirmation-{order.Number}");
    }
}
