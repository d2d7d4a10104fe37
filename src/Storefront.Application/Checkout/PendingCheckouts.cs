using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout;

/// <summary>
/// A cart's unpaid checkouts. An order is a snapshot of its cart: when the cart changes, or is checked out again, the
/// earlier order must not stay payable, so it is cancelled (its stock released) in the same save as the change, and
/// its payment session is closed after that save.
/// </summary>
internal static class PendingCheckouts
{
    public const string CartChanged = "The cart changed after checkout began, so this order can no longer be paid.";

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<Order>> Pending = EF.CompileAsyncQuery(
        (DbContext db, Guid cartId) => db.Set<Order>().Include(o => o.Lines).AsSingleQuery()
            .Where(o => o.CartId == cartId && o.Status == OrderStatus.PendingPayment && o.HoldsStock && !o.FlaggedForReview && o.ReservationExpiresAt != null));

    /// <summary>Cancels the cart's orders still waiting for payment; answers the payment sessions to expire once saved.</summary>
    public static async Task<List<string>> CancelAsync(IStorefrontDbContext db, Guid cartId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await CancelAsync(db, await OfCartAsync(db, cartId, cancellationToken), reason, now, cancellationToken);

    /// <summary>The cart's orders still waiting for payment with their stock held, tracked with their lines (compiled: see <see cref="CompiledQueries"/>).</summary>
    public static Task<List<Order>> OfCartAsync(IStorefrontDbContext db, Guid cartId, CancellationToken cancellationToken) =>
        Pending(db.Compiled(), cartId).ToListAsync(cancellationToken).AsTask();

    /// <summary>Cancels the given unpaid orders and releases their stock; answers the payment sessions to expire once saved.</summary>
    public static async Task<List<string>> CancelAsync(IStorefrontDbContext db, List<Order> earlier, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var order in earlier.Where(o => o.Cancel(reason, now)))
        {
            await OrderStock.ReleaseAsync(db, order, cancellationToken);
        }

        return earlier.Where(o => o.PaymentSessionId is not null).Select(o => o.PaymentSessionId!).ToList();
    }

    public static async Task ExpireAsync(IPaymentGateway gateway, IEnumerable<string> sessions, CancellationToken cancellationToken)
    {
        foreach (var session in sessions)
        {
            await gateway.ExpireSessionAsync(session, cancellationToken);
        }
    }
}
