using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Domain.Tests.Builders;

/// <summary>A valid draft product by default; each With… changes one thing a test cares about.</summary>
public sealed class ProductBuilder
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private string _name = "Graduated Knee-High Socks";
    private readonly SockStyle _style = SockStyle.KneeHigh;
    private readonly CompressionLevel _compression = CompressionLevel.Moderate15To20;
    private SockUse _uses = SockUse.Everyday | SockUse.Travel;
    private readonly List<(string Sku, string Size, string Colour, decimal Price, decimal? CompareAt, int Stock)> _variants = [];

    public ProductBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public ProductBuilder WithUses(SockUse uses)
    {
        _uses = uses;
        return this;
    }

    public ProductBuilder WithVariant(string sku = "GKH-BLK-M", string size = "M", string colour = "Black", decimal price = 26m, decimal? compareAt = null, int stock = 10)
    {
        _variants.Add((sku, size, colour, price, compareAt, stock));
        return this;
    }

    public Product Build()
    {
        var product = new Product(_name, Slug.FromText(_name), Guid.CreateVersion7(), _style, _compression, _uses, CreatedAt);
        foreach (var v in _variants)
        {
            product.AddVariant(v.Sku, v.Size, v.Colour, "#1f1f24", new Money(v.Price), v.CompareAt is { } c ? new Money(c) : null, v.Stock);
        }

        return product;
    }

    /// <summary>A product with one variant of the given stock, returned with that variant.</summary>
    public static (Product Product, ProductVariant Variant) VariantWithStock(int stock, decimal price = 26m)
    {
        var product = new ProductBuilder().WithVariant(stock: stock, price: price).Build();
        return (product, product.Variants.Single());
    }
}
