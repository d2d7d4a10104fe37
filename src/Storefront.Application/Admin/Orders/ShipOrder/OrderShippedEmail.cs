using System.Text;
using Storefront.Application.Email;
using Storefront.Application.Orders;
using Storefront.Domain.Ordering;
using static Storefront.Application.Email.EmailHtml;

namespace Storefront.Application.Admin.Orders.ShipOrder;

/// <summary>"Your socks are on the way": the tracking number, the carrier's tracking link when we know the carrier, the order link.</summary>
internal static class OrderShippedEmail
{
    public static EmailMessage Compose(Order order, string baseUrl)
    {
        var tracking = TrackingLink.For(order.TrackingNumber);
        var orderLink = OrderLink.For(order, baseUrl);
        var text = new StringBuilder()
            .AppendLine("Your socks are on the way!")
            .AppendLine()
            .AppendLine($"Order {order.Number} has shipped. Tracking number: {order.TrackingNumber}")
            .AppendLine(tracking is null ? "Your carrier's website can track it with this number." : $"Track it with {tracking.Carrier}: {tracking.Url}")
            .AppendLine()
            .AppendLine("Your order (keep this link private):")
            .AppendLine(orderLink)
            .ToString();
        var html = Page("Your socks are on the way!", new StringBuilder()
            .Append(Paragraph($"Order {order.Number} has shipped. Tracking number: {order.TrackingNumber}"))
            .Append(tracking is null ? Paragraph("Your carrier's website can track it with this number.") : Button(tracking.Url, $"Track with {tracking.Carrier}"))
            .Append(Paragraph("Your order, with everything in it, is one click away (keep this link private):"))
            .Append($"<p style=\"margin:0 0 12px;\"><a href=\"{E(orderLink)}\" style=\"color:{Brand};\">{E(orderLink)}</a></p>")
            .ToString());
        return new EmailMessage(order.CustomerEmail, $"Your Storefront order {order.Number} is on the way", text, $"shipped-{order.Number}", html);
    }
}
