using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Storefront.Domain.Auditing;
using Storefront.Domain.Carts;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Common;

/// <summary>
/// The shop's database as use cases see it. Handlers query and change aggregates through EF Core directly;
/// there is deliberately no repository layer on top (see README, "Architecture").
/// </summary>
public interface IStorefrontDbContext
{
    DbSet<Product> Products { get; }

    DbSet<Category> Categories { get; }

    DbSet<StockAdjustment> StockAdjustments { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Cart> Carts { get; }

    DbSet<Order> Orders { get; }

    DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents { get; }

    /// <summary>Lets a use case that lost a concurrency race forget what it loaded and read again.</summary>
    ChangeTracker ChangeTracker { get; }

    DbSet<Guide> Guides { get; }

    /// <summary>
    /// True when a failed save lost a race to another request (a concurrency token, or a unique key taken first), so
    /// reading again and deciding again can succeed; false for a save that would fail the same way every time.
    /// </summary>
    bool IsLostRace(DbUpdateException exception);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
