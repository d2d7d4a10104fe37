using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Checkout.SendConfirmations;
using Storefront.Application.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.SendPendingConfirmations;

public sealed class SendPendingConfirmationsCommandHandler(IStorefrontDbContext db, OrderConfirmations confirmations, ConfirmationQueue queue, CheckoutOptions options, IClock clock)
    : ICommandHandler<SendPendingConfirmationsCommand, int>
{
    /// <summary>
    /// Long enough that the instance which took the payment has sent from its queue (<see cref="ConfirmationQueue"/>),
    /// so nobody gets two emails. What this instance's queue still holds (a slow mail server) is left to it.
    /// </summary>
    private static readonly TimeSpan GiveTheFirstAttemptTime = TimeSpan.FromMinutes(10);

    public async ValueTask<int> Handle(SendPendingConfirmationsCommand command, CancellationToken cancellationToken)
    {
        // Without a configured public address a background job cannot build the order link; the first attempt had the request's.
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return 0;
        }

        var before = clock.UtcNow - GiveTheFirstAttemptTime;
        var pending = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Paid && o.ConfirmationSentAt == null && o.PaidAt < before)
            .OrderBy(o => o.PaidAt)
            .Select(o => o.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        pending.RemoveAll(queue.Holds);
        if (pending.Count > 0)
        {
            await confirmations.SendAsync(pending, options.BaseUrl(options.PublicBaseUrl));
        }

        return pending.Count;
    }
}
