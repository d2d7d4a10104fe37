using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Carts;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Common;

/// <summary>
/// Orders and carts with their children in one statement. The shop splits collection includes into a statement each,
/// but an order or a cart holds a handful of rows: joining them costs less than a round trip per collection, and the
/// purchase path loads both at nearly every step.
/// </summary>
internal static class WholeAggregates
{
    /// <summary>For pages that show an order's history.</summary>
    public static IQueryable<Order> WithLinesAndEvents(this IQueryable<Order> orders) =>
        orders.Include(o => o.Lines).Include(o => o.Events).AsSingleQuery();

    /// <summary>
    /// For commands: an order's history is only ever added to, so a command does not read it (the entries it records are
    /// inserted), and its lines come as one row each instead of one per line and entry.
    /// </summary>
    public static IQueryable<Order> WithLines(this IQueryable<Order> orders) =>
        orders.Include(o => o.Lines).AsSingleQuery();

    public static IQueryable<Cart> WithLines(this IQueryable<Cart> carts) =>
        carts.Include(c => c.Lines).AsSingleQuery();
}
