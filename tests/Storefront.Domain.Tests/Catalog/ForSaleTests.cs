using Storefront.Domain.Catalog;
using Storefront.Domain.Tests.Builders;

namespace Storefront.Domain.Tests.Catalog;

/// <summary>The query rule <see cref="ForSale.InStock"/> and the loaded variant's <see cref="ProductVariant.Available"/> must agree.</summary>
public sealed class ForSaleTests
{
    private static readonly Func<ProductVariant, bool> InStock = ForSale.InStock.Compile();
    private static readonly Func<Product, bool> Buyable = ForSale.Buyable.Compile();

    [Theory]
    [InlineData(3, 0, false, true)]
    [InlineData(3, 3, false, false)]
    [InlineData(0, 0, false, false)]
    [InlineData(3, 0, true, false)]
    public void A_variant_is_in_stock_exactly_when_units_are_available(int stock, int reserved, bool retired, bool inStock)
    {
        var product = new ProductBuilder().WithVariant(stock: stock).WithVariant(sku: "GKH-BLK-L", size: "L", stock: 1).Build();
        var variant = product.Variants[0];
        if (reserved > 0)
        {
            product.Reserve(variant.Id, reserved);
        }

        if (retired)
        {
            product.RemoveVariant(variant.Id, appearsInOrders: true);
        }

        Assert.Equal(inStock, InStock(variant));
        Assert.Equal(inStock, variant.Available > 0);
    }

    [Fact]
    public void A_product_can_be_bought_only_when_published_with_a_variant_in_stock()
    {
        var product = new ProductBuilder().WithVariant(stock: 1).Build();
        Assert.False(Buyable(product));

        product.Publish();
        Assert.True(Buyable(product));

        product.Reserve(product.Variants[0].Id, 1);
        Assert.False(Buyable(product));
    }
}
