using Microsoft.EntityFrameworkCore;
using Storefront.Application.Carts;
using Storefront.Application.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout;

/// <summary>Moves an order's units between reserved, sold and back on sale.</summary>
internal static class OrderStock
{
    public static async Task ReleaseAsync(IStorefrontDbContext db, Order order, CancellationToken cancellationToken)
    {
        foreach (var (line, product) in await ProductsAsync(db, order, cancellationToken))
        {
            product?.ReleaseReservation(line.VariantId, line.Quantity);
        }
    }

    /// <summary>Holds an ended order's units again when every one of them is still for sale; otherwise holds none.</summary>
    public static async Task<bool> TryReserveAgainAsync(IStorefrontDbContext db, Order order, CancellationToken cancellationToken)
    {
        var lines = await ProductsAsync(db, order, cancellationToken);
        if (lines.Any(l => l.Product?.Variants.FirstOrDefault(v => v.Id == l.Line.VariantId) is not { } variant || variant.Available < l.Line.Quantity))
        {
            return false;
        }

        foreach (var (line, product) in lines)
        {
            product!.Reserve(line.VariantId, line.Quantity);
        }

        return true;
    }

    public static async Task CompleteSaleAsync(IStorefrontDbContext db, Order order, CancellationToken cancellationToken)
    {
        foreach (var (line, product) in await ProductsAsync(db, order, cancellationToken))
        {
            product?.CompleteSale(line.VariantId, line.Quantity);
        }
    }

    private static async Task<List<(OrderLine Line, Domain.Catalog.Product? Product)>> ProductsAsync(IStorefrontDbContext db, Order order, CancellationToken cancellationToken)
    {
        var products = await CatalogStock.ForStockAsync(db, order.Lines.Select(l => l.VariantId).ToList(), cancellationToken);
        return order.Lines.Select(l => (l, products.FirstOrDefault(p => p.Variants.Any(v => v.Id == l.VariantId)))).ToList();
    }

    /// <summary>The order as this context tracks it (just saved or loaded with its lines), without a query; null when not tracked.</summary>
    /// <remarks>
    /// Looked up by key in the context's identity map. Reading <c>DbSet.Local</c> first compares every tracked entity
    /// with its snapshot (a payment tracks the order, its products and the cart), which a lookup by key does not need.
    /// </remarks>
    public static Order? Tracked(IStorefrontDbContext db, Guid orderId)
    {
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Orders.Local.FindEntry(orderId) is { State: not EntityState.Deleted } entry ? entry.Entity : null;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    public static Task<Order?> FindOrderAsync(IStorefrontDbContext db, Guid? orderId, string? sessionId, CancellationToken cancellationToken)
    {
        var orders = db.Orders.WithLines();
        return orderId is { } id
            ? orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : orders.FirstOrDefaultAsync(o => o.PaymentSessionId == sessionId, cancellationToken);
    }
}
