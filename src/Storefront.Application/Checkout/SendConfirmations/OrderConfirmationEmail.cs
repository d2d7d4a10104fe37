using System.Text;
using Storefront.Application.Email;
using Storefront.Application.Orders;
using Storefront.Domain.Ordering;
using static Storefront.Application.Email.EmailHtml;

namespace Storefront.Application.Checkout.SendConfirmations;

internal static class OrderConfirmationEmail
{
    public static EmailMessage Compose(Order order, string baseUrl, string standardShipping) =>
        new(order.CustomerEmail, $"Your Storefront order {order.Number}", Text(order, baseUrl, standardShipping), $"confirmation-{order.Number}", Html(order, baseUrl, standardShipping));

    private static string ShippingText(Order order) => order.ShippingCost.Amount == 0m ? "Free" : order.ShippingCost.ToString();

    private static string? Saving(Order order, string standardShipping) =>
        order.ShippingCost.Amount == 0m ? $"You saved {standardShipping} with free shipping." : null;

    private static string Text(Order order, string baseUrl, string standardShipping)
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
            .AppendLine($"Shipping: {ShippingText(order)}")
            .AppendLine($"Total paid: {order.AmountCharged ?? order.Total}");
        if (Saving(order, standardShipping) is { } saving)
        {
            body.AppendLine(saving);
        }

        if (order.ShippingAddress is { } address)
        {
            body.AppendLine().AppendLine($"Shipping to: {address}");
        }

        body.AppendLine()
            .AppendLine("We pack your socks within one working day and email you a tracking link when they ship.")
            .AppendLine()
            .AppendLine("See your order's status at any time (keep this link private):")
            .AppendLine(OrderLink.For(order, baseUrl));
        return body.ToString();
    }

    private static string Html(Order order, string baseUrl, string standardShipping)
    {
        const string cell = "padding:8px 0;border-bottom:1px solid #d8dde5;";
        var rows = new StringBuilder();
        foreach (var line in order.Lines)
        {
            rows.Append($"<tr><td style=\"{cell}\">{line.Quantity} × <strong>{E(line.ProductName)}</strong><br><span style=\"color:#4e5866;font-size:13px;\">{E(line.VariantName)} · {E(line.Sku)}</span></td>")
                .Append($"<td align=\"right\" style=\"{cell}\">{E(line.LineTotal.ToString())}</td></tr>");
        }

        rows.Append($"<tr><td style=\"padding:6px 0;\">Subtotal</td><td align=\"right\">{E(order.Subtotal.ToString())}</td></tr>")
            .Append($"<tr><td style=\"padding:6px 0;\">Shipping</td><td align=\"right\">{E(ShippingText(order))}</td></tr>")
            .Append($"<tr><td style=\"padding:6px 0;font-weight:800;\">Total paid</td><td align=\"right\" style=\"font-weight:800;\">{E((order.AmountCharged ?? order.Total).ToString())}</td></tr>");
        var content = new StringBuilder()
            .Append(Paragraph($"Order {order.Number} is paid. Here is what you bought:"))
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-size:15px;\">").Append(rows).Append("</table>");
        if (Saving(order, standardShipping) is { } saving)
        {
            content.Append($"<p style=\"margin:12px 0;padding:8px 12px;background:#eef8f1;color:#1d6b3a;border-radius:8px;font-weight:700;\">{E(saving)}</p>");
        }

        if (order.ShippingAddress is { } address)
        {
            content.Append(Paragraph($"Shipping to: {address}"));
        }

        return Page("Thank you for your order!", content
            .Append(Paragraph("We pack your socks within one working day and email you a tracking link when they ship."))
            .Append(Button(OrderLink.For(order, baseUrl), "See your order"))
            .Append(Paragraph("Keep this email: the button is your private link to the order."))
            .ToString());
    }
}
