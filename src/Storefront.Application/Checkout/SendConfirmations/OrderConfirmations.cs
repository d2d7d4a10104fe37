using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Application.Common;
using Storefront.Application.Email;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;

namespace Storefront.Application.Checkout.SendConfirmations;

/// <summary>Sends the confirmations of paid orders, a batch at a time, and records them as sent in one save.</summary>
public sealed partial class OrderConfirmations(IStorefrontDbContext db, IClock clock, IEmailSender email, ShippingPolicy shipping, ILogger<OrderConfirmations> logger)
{
    /// <summary>
    /// A mail server takes tens of milliseconds a message (connect, TLS, send): one at a time would hold a busy shop to
    /// a few dozen emails a second.
    /// </summary>
    private const int SendingAtOnce = 8;

    /// <summary>
    /// Sends a confirmation for each of <paramref name="orderIds"/> that is paid and has none yet. An email that fails
    /// is logged and left for the sweep. Once begun it runs to the end, shutdown or not, so no email that went out is
    /// left unrecorded.
    /// </summary>
    public async Task SendAsync(IReadOnlyCollection<Guid> orderIds, string baseUrl)
    {
        var orders = await db.Orders.WithLines()
            .Where(o => orderIds.Contains(o.Id) && o.Status == OrderStatus.Paid && o.ConfirmationSentAt == null)
            .ToListAsync();
        var sent = new ConcurrentBag<Order>();
        var standardShipping = shipping.StandardRate.ToString();
        await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = SendingAtOnce }, async (order, _) =>
        {
            try
            {
                await email.SendAsync(OrderConfirmationEmail.Compose(order, baseUrl, standardShipping), CancellationToken.None);
                sent.Add(order);
            }
            catch (Exception exception)
            {
                // The order is paid and saved; one email that fails must not hold back the others.
                LogConfirmationFailed(logger, exception, order.Number);
            }
        });

        if (sent.Count > 0)
        {
            await RecordSentAsync([.. sent]);
        }
    }

    /// <summary>
    /// Recording may lose a race with another change to one of the orders (an admin, a repeated provider event): the
    /// fresh orders are marked again rather than a sent email left unrecorded (its id makes a resend the same message).
    /// </summary>
    private async Task RecordSentAsync(List<Order> sent)
    {
        var ids = sent.Select(o => o.Id).ToList();
        var firstAttempt = true;
        await ConcurrencyRetry.RunAsync(db, logger, $"recording the confirmations of {sent.Count} orders", async () =>
        {
            var orders = firstAttempt ? sent : await db.Orders.Where(o => ids.Contains(o.Id) && o.ConfirmationSentAt == null).ToListAsync();
            firstAttempt = false;
            var now = clock.UtcNow;
            foreach (var order in orders)
            {
                order.MarkConfirmationSent(now);
            }

            await db.SaveChangesAsync();
            return orders.Count;
        }, CancellationToken.None, keepTrackedAtFirst: true);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {Number} is paid but its confirmation email could not be sent")]
    private static partial void LogConfirmationFailed(ILogger logger, Exception exception, string number);
}
