using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Infrastructure.Caching;

/// <summary>
/// The one place cached pages (and the data cached under the same tags) are evicted: every change a SaveChanges makes to what a public page shows is mapped to
/// <see cref="PageTags"/>, and those tags are evicted once the change is committed (after SaveChanges, or after the
/// explicit transaction around it), so the next visitor gets a page rendered from the new data. A sale or reservation
/// only evicts when it changes what a shopper sees: the stock label ("Only 3 left", "Sold out") of a variant. One
/// instance serves every (pooled) context; the tags waiting for a commit are kept per context.
/// </summary>
internal sealed class PageCacheEvictionInterceptor(IOutputCacheStore pages, IDataCacheEviction data) : ISaveChangesInterceptor, IDbTransactionInterceptor, IContextScopeInterceptor
{
    private static readonly HashSet<string> StockProperties = [nameof(ProductVariant.StockOnHand), nameof(ProductVariant.Reserved)];

    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await EvictAsync(eventData.Context, cancellationToken);
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EvictAsync(eventData.Context, cancellationToken).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The context's scope ended (it goes back to the pool): tags of a transaction that never ended are dropped.</summary>
    public void ScopeEnded(DbContext context) => Forget(context);

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Clear();
        }
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Count == 0)
        {
            return;
        }

        var tags = pending.ToList();
        pending.Clear();
        foreach (var tag in tags)
        {
            await pages.EvictByTagAsync(tag, cancellationToken);
            await data.EvictAsync(tag, cancellationToken);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                pending.UnionWith(TagsFor(entry));
            }
        }
    }

    private static IEnumerable<string> TagsFor(EntityEntry entry) => entry.Entity switch
    {
        Product product => [PageTags.Product(product.Id), PageTags.Listings],
        ProductVariant variant when !ShowsDifferently(entry) => [],
        ProductVariant variant => [PageTags.Product(variant.ProductId), PageTags.Listings],
        ProductImage => [OwningProductTag(entry), PageTags.Listings],
        Category => [PageTags.Products, PageTags.Listings],
        Guide or GuideSection or Strategy or Reference => [PageTags.Guides, PageTags.Products],
        _ => [],
    };

    // A picture removed from its product has lost the link by the time it is saved; then every product page goes.
    private static string OwningProductTag(EntityEntry image)
    {
        var productId = image.Property("ProductId");
        return (productId.CurrentValue ?? productId.OriginalValue) is Guid id ? PageTags.Product(id) : PageTags.Products;
    }

    /// <summary>Whether a variant change shows on a page: anything but stock, or stock that changes the label.</summary>
    private static bool ShowsDifferently(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified
            || entry.Properties.Any(p => p.IsModified && !StockProperties.Contains(p.Metadata.Name))
            || entry.ComplexProperties.Any(c => c.IsModified))
        {
            return true;
        }

        var retired = (bool)entry.Property(nameof(ProductVariant.IsRetired)).CurrentValue!;
        return Label(entry, retired, original: true) != Label(entry, retired, original: false);
    }

    private static (StockState, int) Label(EntityEntry entry, bool retired, bool original)
    {
        var onHand = entry.Property(nameof(ProductVariant.StockOnHand));
        var reserved = entry.Property(nameof(ProductVariant.Reserved));
        var available = retired ? 0 : (int)(original ? onHand.OriginalValue : onHand.CurrentValue)! - (int)(original ? reserved.OriginalValue : reserved.CurrentValue)!;
        var state = ProductVariant.StockStateFor(available);
        return (state, state == StockState.Low ? available : 0);
    }
}
