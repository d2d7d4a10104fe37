using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Admin.Orders.ListOrders;

public sealed class ListOrdersQueryHandler(IStorefrontDbContext db) : IQueryHandler<ListOrdersQuery, AdminOrderList>
{
    public async ValueTask<AdminOrderList> Handle(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        else if (!query.IncludeUnpaid && string.IsNullOrWhiteSpace(query.Search))
        {
            orders = orders.Where(o => o.Status != OrderStatus.PendingPayment || o.FlaggedForReview);
        }

        if (query.FlaggedOnly)
        {
            orders = orders.Where(o => o.FlaggedForReview);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(o => o.CreatedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(o => o.CreatedAt < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchText.ContainsPattern(query.Search);
            orders = orders.Where(o => EF.Functions.Like(o.Number, pattern, "\\") || EF.Functions.Like(o.CustomerEmail!, pattern, "\\"));
        }

        var total = await orders.CountAsync(cancellationToken);
        var page = new Paging(query.Page, ListOrdersQuery.PageSize);
        var rows = await orders.OrderByDescending(o => o.CreatedAt)
            .Page(page)
            .Select(o => new { o.Id, o.Number, o.CreatedAt, o.CustomerEmail, Total = o.Total.Amount, o.Status, o.FlaggedForReview })
            .ToListAsync(cancellationToken);
        return new AdminOrderList(
            rows.Select(o => new AdminOrderRow(o.Id, o.Number, o.CreatedAt, o.CustomerEmail, o.Total, o.Status, o.FlaggedForReview)).ToList(),
            total,
            page.Number,
            page.PageCount(total));
    }
}
