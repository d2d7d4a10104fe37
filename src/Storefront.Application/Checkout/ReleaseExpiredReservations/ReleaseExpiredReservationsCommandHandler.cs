using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.ReleaseExpiredReservations;

public sealed class ReleaseExpiredReservationsCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, IClock clock) : ICommandHandler<ReleaseExpiredReservationsCommand, int>
{
    private const int BatchSize = 50;

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
            // The hold may end before the provider's session does: close the payment page first, so nobody pays for released socks.
            if (sessionId is not null)
            {
                await gateway.ExpireSessionAsync(sessionId, cancellationToken);
            }

            released += await ConcurrencyRetry.RunAsync(db, async () =>
            {
                var order = await db.Orders.Include(o => o.Lines).Include(o => o.Events).FirstAsync(o => o.Id == id, cancellationToken);
                var release = order.ReservationExpiresAt < clock.UtcNow && order.Cancel("Not paid before the checkout session expired; the socks are back on sale.", clock.UtcNow);
                if (release)
                {
                    await OrderStock.ReleaseAsync(db, order, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                return release ? 1 : 0;
            }, 0);
        }

        return released;
    }
}
