using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Common;

internal static class WholeOrders
{
    /// <summary>
    /// Orders with their lines and events in one statement. The shop splits collection includes into a statement each,
    /// but an order holds a handful of lines and events: joining them costs less than three round trips, and the
    /// purchase path loads an order at every step.
    /// </summary>
    public static IQueryable<Order> WithLinesAndEvents(this IQueryable<Order> orders) =>
        orders.Include(o => o.Lines).Include(o => o.Events).AsSingleQuery();
}
