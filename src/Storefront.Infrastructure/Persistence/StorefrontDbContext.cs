using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Storefront.Application.Common;
using Storefront.Domain.Auditing;
using Storefront.Domain.Carts;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Images;

namespace Storefront.Infrastructure.Persistence;

/// <summary>
/// The shop's one database: catalog, carts, orders, the guide and Identity. Each provider has a subclass
/// (<see cref="SqliteStorefrontDbContext"/>, <see cref="SqlServerStorefrontDbContext"/>) that owns its migrations.
/// It also keeps the Data Protection keys, so cookies and antiforgery tokens survive restarts and work on every instance.
/// </summary>
public abstract class StorefrontDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser>(options), IStorefrontDbContext, IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<StockAdjustment> StockAdjustments => Set<StockAdjustment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StoredImage> StoredImages => Set<StoredImage>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();

    public DbSet<Guide> Guides => Set<Guide>();

    private readonly IContextScopeInterceptor[] _scopeInterceptors =
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IContextScopeInterceptor>().ToArray() ?? [];

    public bool IsLostRace(DbUpdateException exception) => SaveConflicts.IsLostRace(exception);

    /// <summary>Called when the request's scope ends, also for a pooled context (which then goes back to the pool).</summary>
    public override void Dispose()
    {
        EndScope();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        EndScope();
        return base.DisposeAsync();
    }

    private void EndScope()
    {
        foreach (var interceptor in _scopeInterceptors)
        {
            interceptor.ScopeEnded(this);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StorefrontDbContext).Assembly);
    }
}
