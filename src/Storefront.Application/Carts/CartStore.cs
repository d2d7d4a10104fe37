using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Carts;
using Storefront.Domain.Common;

namespace Storefront.Application.Carts;

internal static class CartStore
{
    public static async Task<Cart> RequireAsync(IStorefrontDbContext db, Guid? cartId, CancellationToken cancellationToken) =>
        await FindAsync(db, cartId, cancellationToken) ?? throw new DomainException("Your cart is empty.");

    public static async Task<Cart?> FindAsync(IStorefrontDbContext db, Guid? cartId, CancellationToken cancellationToken) =>
        cartId is { } id ? await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;

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

    public static async Task<StockedVariant> BuyableVariantAsync(IStorefrontDbContext db, Guid variantId, CancellationToken cancellationToken)
    {
        var catalog = await CatalogStock.LoadAsync(db, [variantId], tracked: false, cancellationToken);
        return catalog.GetValueOrDefault(variantId) is { CanBeBought: true } stocked
            ? stocked
            : throw new DomainException("That sock is not for sale. Please choose one from the shop.");
    }
}
