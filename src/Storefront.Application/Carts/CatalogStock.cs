using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Carts;

/// <summary>A variant as the catalog has it now, with its product.</summary>
public sealed record StockedVariant(Product Product, ProductVariant Variant)
{
    public bool CanBeBought => Product.IsPublished && !Variant.IsRetired;

    public int Available => CanBeBought ? Math.Max(0, Variant.Available) : 0;

    public string VariantName => $"{Variant.Colour}, size {Variant.Size}";

    public string ImageUrl => Product.ImageFor(Variant.Colour)?.Url ?? "/img/placeholder.svg";
}

internal static class CatalogStock
{
    /// <summary>
    /// Loads the products that own the given variants, each with only those variants: a cart or an order never needs a
    /// product's other sizes and colours, and loading them (times its pictures, in one query) was most of the rows read.
    /// Tracked when the caller is going to change stock, and with the products' pictures for showing them.
    /// </summary>
    public static async Task<Dictionary<Guid, StockedVariant>> LoadAsync(IStorefrontDbContext db, IReadOnlyCollection<Guid> variantIds, bool tracked, CancellationToken cancellationToken)
    {
        if (variantIds.Count == 0)
        {
            return [];
        }

        var query = Owning(db, variantIds).Include(p => p.Images);
        var products = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        return products
            .SelectMany(p => p.Variants.Where(v => variantIds.Contains(v.Id)).Select(v => new StockedVariant(p, v)))
            .ToDictionary(s => s.Variant.Id);
    }

    /// <summary>The same products, tracked and without their pictures: for moving stock, which shows nothing.</summary>
    public static Task<List<Product>> ForStockAsync(IStorefrontDbContext db, IReadOnlyCollection<Guid> variantIds, CancellationToken cancellationToken) =>
        Owning(db, variantIds).ToListAsync(cancellationToken);

    private static IQueryable<Product> Owning(IStorefrontDbContext db, IReadOnlyCollection<Guid> variantIds)
    {
        // An IN over the owners rather than a per-product EXISTS: SQLite runs the subquery once instead of once per product.
        var owners = db.Products.SelectMany(p => p.Variants).Where(v => variantIds.Contains(v.Id)).Select(v => v.ProductId);
        return db.Products.Include(p => p.Variants.Where(v => variantIds.Contains(v.Id))).Where(p => owners.Contains(p.Id)).AsSingleQuery();
    }
}
