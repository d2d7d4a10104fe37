using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Common;

/// <summary>
/// Orders with their children in one statement. The shop splits collection includes into a statement each, but an
/// order holds a handful of rows: joining them costs less than a round trip per collection. The purchase path's own
/// queries (carts and orders alike) are compiled with the same includes spelled out (see <see cref="CompiledQueries"/>).
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
}
