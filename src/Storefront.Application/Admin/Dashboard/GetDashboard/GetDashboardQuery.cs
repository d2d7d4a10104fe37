using Mediator;

namespace Storefront.Application.Admin.Dashboard.GetDashboard;

public sealed record GetDashboardQuery : IQuery<AdminDashboard>;

public sealed record AdminDashboard(
    int Published,
    int Drafts,
    int Archived,
    int Variants,
    IReadOnlyList<LowStockRow> LowStock,
    IReadOnlyList<RecentChange> RecentChanges,
    SalesFigures Sales,
    IReadOnlyList<FlaggedOrderRow> FlaggedOrders,
    IReadOnlyList<ReadyToShipRow> ReadyToShip);

/// <summary>A paid order waiting to be shipped; the oldest comes first.</summary>
public sealed record ReadyToShipRow(Guid Id, string Number, DateTimeOffset PaidAt, string? Email, int Items);

/// <summary>Paid orders (paid or shipped, not refunded) by the UTC day they were paid.</summary>
public sealed record SalesFigures(int OrdersToday, decimal RevenueToday, int Orders30Days, decimal Revenue30Days, IReadOnlyList<DailySales> Days);

public sealed record DailySales(DateOnly Day, int Orders, decimal Revenue);

public sealed record FlaggedOrderRow(Guid Id, string Number, DateTimeOffset CreatedAt, string? Reason);

public sealed record LowStockRow(Guid ProductId, string Product, string Sku, string Size, string Colour, int Available);

public sealed record RecentChange(string UserName, DateTimeOffset At, string EntityType, string Action);
