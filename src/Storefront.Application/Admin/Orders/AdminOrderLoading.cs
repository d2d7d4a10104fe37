using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Admin.Orders;

internal static class AdminOrderLoading
{
    public const string StaleMessage = "This order changed since you opened it (a payment or another admin). Look at it again before acting.";

    /// <summary>The order as the admin saw it: refused when it moved on since <paramref name="seenVersion"/>.</summary>
    public static async Task<Order> LoadSeenAsync(this IStorefrontDbContext db, Guid orderId, int seenVersion, CancellationToken cancellationToken)
    {
        var order = await db.Orders.WithLines().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new DomainException("That order does not exist.");
        return order.Version == seenVersion ? order : throw new DomainException(StaleMessage);
    }

    public static async Task SaveOrderAsync(this IStorefrontDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(StaleMessage);
        }
    }
}
