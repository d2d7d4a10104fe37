using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Admin.Dashboard.GetDashboard;

public sealed class GetDashboardQueryHandler(IStorefrontDbContext db, IClock clock) : IQueryHandler<GetDashboardQuery, AdminDashboard>
{
    public const int LowStockRows = 15;
    private const int ReadyToShipRows = 20;

    public async ValueTask<AdminDashboard> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var statuses = await db.Products.AsNoTracking().GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var lowStock = (await db.Products.AsNoTracking()
            .Where(ForSale.Listed)
            .Where(p => p.Variants.Any(v => !v.IsRetired && v.StockOnHand - v.Reserved <= ProductVariant.LowStockThreshold))
            .Select(p => new
            {
                p.Id,
                p.Name,
                Variants = p.Variants
                    .Where(v => !v.IsRetired && v.StockOnHand - v.Reserved <= ProductVariant.LowStockThreshold)
                    .Select(v => new { v.Sku, v.Size, v.Colour, Available = v.StockOnHand - v.Reserved })
                    .ToList(),
            })
            .ToListAsync(cancellationToken))
            .SelectMany(p => p.Variants.Select(v => new LowStockRow(p.Id, p.Name, v.Sku, v.Size, v.Colour, v.Available)))
            .OrderBy(r => r.Available).ThenBy(r => r.Product)
            .Take(LowStockRows)
            .ToList();
        var variants = await db.Products.AsNoTracking().SelectMany(p => p.Variants).CountAsync(v => !v.IsRetired, cancellationToken);
        var recent = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).Take(8)
            .Select(a => new RecentChange(a.UserName, a.At, a.EntityType, a.Action)).ToListAsync(cancellationToken);

        var sales = await SalesAsync(cancellationToken);
        var flagged = await db.Orders.AsNoTracking().Where(o => o.FlaggedForReview)
            .OrderByDescending(o => o.CreatedAt).Take(10)
            .Select(o => new FlaggedOrderRow(o.Id, o.Number, o.CreatedAt, o.FlagReason))
            .ToListAsync(cancellationToken);

        var readyToShip = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Paid && !o.FlaggedForReview)
            .OrderBy(o => o.PaidAt).Take(ReadyToShipRows)
            .Select(o => new ReadyToShipRow(o.Id, o.Number, o.PaidAt ?? o.CreatedAt, o.CustomerEmail, o.Lines.Sum(l => l.Quantity)))
            .ToListAsync(cancellationToken);

        int Count(ProductStatus status) => statuses.FirstOrDefault(s => s.Status == status)?.Count ?? 0;
        return new AdminDashboard(
            Count(ProductStatus.Published),
            Count(ProductStatus.Draft),
            Count(ProductStatus.Archived),
            variants,
            lowStock,
            recent,
            sales,
            flagged,
            readyToShip);
    }

    private async Task<SalesFigures> SalesAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        var since = new DateTimeOffset(today.AddDays(-29).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var paid = await db.Orders.AsNoTracking()
            .Where(o => (o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped) && o.PaidAt >= since)
            .Select(o => new { o.PaidAt, Total = o.Total.Amount })
            .ToListAsync(cancellationToken);
        var days = Enumerable.Range(0, 30).Select(i => today.AddDays(i - 29)).Select(day =>
        {
            var orders = paid.Where(o => DateOnly.FromDateTime(o.PaidAt!.Value.UtcDateTime) == day).ToList();
            return new DailySales(day, orders.Count, orders.Sum(o => o.Total));
        }).ToList();
        return new SalesFigures(days[^1].Orders, days[^1].Revenue, days.Sum(d => d.Orders), days.Sum(d => d.Revenue), days);
    }
}
