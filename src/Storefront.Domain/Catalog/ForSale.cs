using System.Linq.Expressions;
using Storefront.Domain.Common;

namespace Storefront.Domain.Catalog;

/// <summary>
/// What the shop offers and what can be bought, written once as expressions: every query filters with these, and the
/// domain compiles them (once) to ask the same of loaded products, so a page and the cart can never disagree.
/// </summary>
public static class ForSale
{
    /// <summary>Shown in the shop: published, though every size may be sold out.</summary>
    public static readonly Expression<Func<Product, bool>> Listed = p => p.Status == ProductStatus.Published;

    /// <summary>A size and colour still sold (not retired), whether or not it is in stock.</summary>
    public static readonly Expression<Func<ProductVariant, bool>> Offered = v => !v.IsRetired;

    /// <summary>A size and colour that can be bought now: offered, with units not held by checkouts.</summary>
    public static readonly Expression<Func<ProductVariant, bool>> InStock = Offered.And(v => v.StockOnHand - v.Reserved > 0);

    /// <summary>Listed, with at least one variant in stock.</summary>
    public static readonly Expression<Func<Product, bool>> Buyable = Listed.And(AnyVariant(InStock));

    /// <summary><c>p =&gt; p.Variants.Any(variant)</c>, for a variant rule held in a variable; EF Core and Compile both read it.</summary>
    public static Expression<Func<Product, bool>> AnyVariant(Expression<Func<ProductVariant, bool>> variant)
    {
        var product = Expression.Parameter(typeof(Product), "p");
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(ProductVariant)], Expression.Property(product, nameof(Product.Variants)), variant);
        return Expression.Lambda<Func<Product, bool>>(any, product);
    }
}
