using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Carts;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Carts;

internal static class CartStore
{
    private static readonly Func<DbContext, Guid, CancellationToken, Task<Cart?>> Tracked = EF.CompileAsyncQuery(
        (DbContext db, Guid id, CancellationToken _) => db.Set<Cart>().Include(c => c.Lines).AsSingleQuery().FirstOrDefault(c => c.Id == id));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<Cart?>> Untracked = EF.CompileAsyncQuery(
        (DbContext db, Guid id, CancellationToken _) => db.Set<Cart>().AsNoTracking().Include(c => c.Lines).AsSingleQuery().FirstOrDefault(c => c.Id == id));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<BuyableVariant?>> Buyable = EF.CompileAsyncQuery(
        (DbContext db, Guid variantId, CancellationToken _) => db.Set<Product>().AsNoTracking()
            .Where(ForSale.Listed)
            .SelectMany(
                p => p.Variants.AsQueryable().Where(ForSale.Offered).Where(v => v.Id == variantId),
                (p, v) => new BuyableVariant(v.Id, p.Name, v.Price.Amount, v.StockOnHand - v.Reserved))
            .FirstOrDefault());

    public static async Task<Cart> RequireAsync(IStorefrontDbContext db, Guid? cartId, CancellationToken cancellationToken) =>
        await FindAsync(db, cartId, cancellationToken) ?? throw new DomainException("Your cart is empty.");

    /// <summary>The cart with its lines, tracked for a change (compiled: see <see cref="CompiledQueries"/>).</summary>
    public static async Task<Cart?> FindAsync(IStorefrontDbContext db, Guid? cartId, CancellationToken cancellationToken) =>
        cartId is { } id ? await Tracked(db.Compiled(), id, cancellationToken) : null;

    /// <summary>The cart with its lines, to read only.</summary>
    public static async Task<Cart?> ReadAsync(IStorefrontDbContext db, Guid? cartId, CancellationToken cancellationToken) =>
        cartId is { } id ? await Untracked(db.Compiled(), id, cancellationToken) : null;

    /// <summary>Saves a cart change; two tabs changing one cart at the same instant is reported, not a crash.</summary>
    public static async Task SaveAsync(IStorefrontDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException lostRace) when (db.IsLostRace(lostRace))
        {
            throw new DomainException("Your cart changed in another window at the same moment. Please try again.");
        }
    }

    /// <summary>The variant a shopper asks for, if it can be bought: one narrow row, not the product with its pictures.</summary>
    public static async Task<BuyableVariant> BuyableVariantAsync(IStorefrontDbContext db, Guid variantId, CancellationToken cancellationToken) =>
        await Buyable(db.Compiled(), variantId, cancellationToken)
        ?? throw new DomainException("That sock is not for sale. Please choose one from the shop.");
}

/// <summary>A variant that can be bought: its price, and how many are not held by checkouts (0 when sold out).</summary>
internal sealed record BuyableVariant(Guid Id, string ProductName, decimal Price, int Unheld)
{
    public int Available => Math.Max(0, Unheld);
}
