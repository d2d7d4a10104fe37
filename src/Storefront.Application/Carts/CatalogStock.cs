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
    // The products owning the variants, each with only those variants (compiled: see CompiledQueries). An IN over the
    // owners rather than a per-product EXISTS: SQLite runs the subquery once instead of once per product.
    private static readonly Func<DbContext, List<Guid>, IAsyncEnumerable<Product>> ForStock = EF.CompileAsyncQuery(
        (DbContext db, List<Guid> variantIds) => db.Set<Product>()
            .Include(p => p.Variants.Where(v => variantIds.Contains(v.Id)))
            .Where(p => db.Set<Product>().SelectMany(o => o.Variants).Where(v => variantIds.Contains(v.Id)).Select(v => v.ProductId).Contains(p.Id))
            .AsSingleQuery());

    private static readonly Func<DbContext, List<Guid>, IAsyncEnumerable<Product>> ToChange = EF.CompileAsyncQuery(
        (DbContext db, List<Guid> variantIds) => db.Set<Product>()
            .Include(p => p.Variants.Where(v => variantIds.Contains(v.Id)))
            .Include(p => p.Images)
            .Where(p => db.Set<Product>().SelectMany(o => o.Variants).Where(v => variantIds.Contains(v.Id)).Select(v => v.ProductId).Contains(p.Id))
            .AsSingleQuery());

    private static readonly Func<DbContext, List<Guid>, IAsyncEnumerable<Product>> ToShow = EF.CompileAsyncQuery(
        (DbContext db, List<Guid> variantIds) => db.Set<Product>().AsNoTracking()
            .Include(p => p.Variants.Where(v => variantIds.Contains(v.Id)))
            .Include(p => p.Images)
            .Where(p => db.Set<Product>().SelectMany(o => o.Variants).Where(v => variantIds.Contains(v.Id)).Select(v => v.ProductId).Contains(p.Id))
            .AsSingleQuery());

    /// <summary>
    /// Loads the products that own the given variants, each with only those variants: a cart or an order never needs a
    /// product's other sizes and colours, and loading them (times its pictures, in one query) was most of the rows read.
    /// Tracked when the caller is going to change stock, and with the products' pictures for showing them.
    /// </summary>
    public static async Task<Dictionary<Guid, StockedVariant>> LoadAsync(IStorefrontDbContext db, List<Guid> variantIds, bool tracked, CancellationToken cancellationToken)
    {
        if (variantIds.Count == 0)
        {
            return [];
        }

        var products = await (tracked ? ToChange : ToShow)(db.Compiled(), variantIds).ToListAsync(cancellationToken);
        return products
            .SelectMany(p => p.Variants.Where(v => variantIds.Contains(v.Id)).Select(v => new StockedVariant(p, v)))
            .ToDictionary(s => s.Variant.Id);
    }

    /// <summary>The same products, tracked and without their pictures: for moving stock, which shows nothing.</summary>
    public static async Task<List<Product>> ForStockAsync(IStorefrontDbContext db, List<Guid> variantIds, CancellationToken cancellationToken) =>
        await ForStock(db.Compiled(), variantIds).ToListAsync(cancellationToken);
}
