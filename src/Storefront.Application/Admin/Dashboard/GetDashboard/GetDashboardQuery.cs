using Mediator;

namespace Storefront.Application.Admin.Dashboard.GetDashboard;

public sealed record GetDashboardQuery : IQuery<AdminDashboard>;

public sealed record AdminDashboard(int Published, int Drafts, int Archived, int Variants, IReadOnlyList<LowStockRow> LowStock, IReadOnlyList<RecentChange> RecentChanges);

public sealed record LowStockRow(Guid ProductId, string Product, string Sku, string Size, string Colour, int Available);

public sealed record RecentChange(string UserName, DateTimeOffset At, string EntityType, string Action);
