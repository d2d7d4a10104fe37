using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.ReleaseExpiredReservations;

public sealed class ReleaseExpiredReservationsCommandHandler(
    IStorefrontDbContext db, IPaymentGateway gateway, IClock clock, ILogger<ReleaseExpiredReservationsCommandHandler> logger)
    : ICommandHandler<ReleaseExpiredReservationsCommand, int>
{
    private const int BatchSize = 50;

    /// <summary>Each order is one unit of work. Cancelling (shutdown) stops between orders, never inside one.</summary>
    public async ValueTask<int> Handle(ReleaseExpiredReservationsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var expired = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.PendingPayment && o.HoldsStock && o.ReservationExpiresAt != null && o.ReservationExpiresAt < now)
            .OrderBy(o => o.ReservationExpiresAt)
            .Select(o => new { o.Id, o.PaymentSessionId })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var released = 0;
        foreach (var (id, sessionId) in expired.Select(o => (o.Id, o.PaymentSessionId)))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            // The hold may end before the provider's session does: close the payment page first, so nobody pays for released socks.
            if (sessionId is not null)
            {
                await gateway.ExpireSessionAsync(sessionId, cancellationToken);
            }

            try
            {
                released += await ConcurrencyRetry.RunAsync(db, logger, $"releasing the expired reservation of order {id}", () => ReleaseAsync(id), CancellationToken.None);
            }
            catch (RetriesExhaustedException)
            {
                // A payment or an admin keeps changing this order; the next sweep looks at it again.
            }
        }

        return released;
    }

    private async Task<int> ReleaseAsync(Guid id)
    {
        var order = await db.Orders.WithLines().FirstAsync(o => o.Id == id);
        var release = order.ReservationExpiresAt < clock.UtcNow && order.Cancel("Not paid before the checkout session expired; the socks are back on sale.", clock.UtcNow);
        if (release)
        {
            await OrderStock.ReleaseAsync(db, order, CancellationToken.None);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return release ? 1 : 0;
    }
}
