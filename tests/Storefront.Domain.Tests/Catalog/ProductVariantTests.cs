using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Tests.Builders;

namespace Storefront.Domain.Tests.Catalog;

public sealed class ProductVariantTests
{
    [Fact]
    public void A_compare_at_price_above_the_price_is_kept()
    {
        var variant = new ProductBuilder().WithVariant(price: 26m, compareAt: 32m).Build().Variants[0];

        Assert.Equal(new Money(32m), variant.CompareAtPrice);
    }

    [Theory]
    [InlineData(26)]
    [InlineData(25.99)]
    public void A_compare_at_price_at_or_below_the_price_is_refused(decimal compareAt) =>
        Assert.Throws<DomainException>(() => new ProductBuilder().WithVariant(price: 26m, compareAt: compareAt).Build());

    [Fact]
    public void Repricing_below_the_compare_at_price_is_refused_and_keeps_the_old_prices()
    {
        var product = new ProductBuilder().WithVariant(price: 26m, compareAt: 32m).Build();
        var variant = product.Variants[0];

        Assert.Throws<DomainException>(() => product.RepriceVariant(variant.Id, new Money(33m), new Money(32m)));
        Assert.Equal((new Money(26m), (Money?)new Money(32m)), (variant.Price, variant.CompareAtPrice));
    }

    [Fact]
    public void Stock_cannot_start_or_be_set_negative()
    {
        Assert.Throws<DomainException>(() => ProductBuilder.VariantWithStock(-1));
        var (product, variant) = ProductBuilder.VariantWithStock(3);
        Assert.Throws<DomainException>(() => product.AdjustStock(variant.Id, -1, "Counted", ProductBuilder.CreatedAt));
    }

    [Fact]
    public void Stock_cannot_be_set_below_what_open_checkouts_hold()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);
        product.Reserve(variant.Id, 4);

        Assert.Throws<DomainException>(() => product.AdjustStock(variant.Id, 3, "Counted", ProductBuilder.CreatedAt));
        product.AdjustStock(variant.Id, 4, "Counted", ProductBuilder.CreatedAt);
        Assert.Equal(0, variant.Available);
    }

    [Fact]
    public void Reserving_holds_units_so_fewer_are_available()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);

        product.Reserve(variant.Id, 3);

        Assert.Equal((10, 3, 7), (variant.StockOnHand, variant.Reserved, variant.Available));
    }

    [Fact]
    public void Reserving_more_than_is_available_is_refused_and_holds_nothing()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(5);
        product.Reserve(variant.Id, 4);

        var error = Assert.Throws<DomainException>(() => product.Reserve(variant.Id, 2));
        Assert.Contains("Only 1", error.Message);
        Assert.Equal(4, variant.Reserved);
    }

    [Fact]
    public void Reserving_a_sold_out_variant_says_it_is_sold_out()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(0);

        var error = Assert.Throws<DomainException>(() => product.Reserve(variant.Id, 1));

        Assert.Contains("sold out", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Quantities_must_be_at_least_one(int quantity)
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);

        Assert.Throws<DomainException>(() => product.Reserve(variant.Id, quantity));
        Assert.Throws<DomainException>(() => product.ReleaseReservation(variant.Id, quantity));
        Assert.Throws<DomainException>(() => product.CompleteSale(variant.Id, quantity));
    }

    [Fact]
    public void Releasing_a_reservation_makes_units_available_again_but_never_below_zero_reserved()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);
        product.Reserve(variant.Id, 3);

        product.ReleaseReservation(variant.Id, 2);
        Assert.Equal(9, variant.Available);

        product.ReleaseReservation(variant.Id, 5);
        Assert.Equal((0, 10), (variant.Reserved, variant.Available));
    }

    [Fact]
    public void Completing_a_sale_takes_reserved_units_off_the_shelf()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);
        product.Reserve(variant.Id, 3);

        product.CompleteSale(variant.Id, 3);

        Assert.Equal((7, 0, 7), (variant.StockOnHand, variant.Reserved, variant.Available));
    }

    [Fact]
    public void Completing_a_sale_of_more_than_was_reserved_is_refused()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);
        product.Reserve(variant.Id, 2);

        Assert.Throws<DomainException>(() => product.CompleteSale(variant.Id, 3));
        Assert.Equal((10, 2), (variant.StockOnHand, variant.Reserved));
    }

    [Fact]
    public void A_retired_variant_has_nothing_available_and_cannot_be_reserved()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(10);

        product.RemoveVariant(variant.Id, appearsInOrders: true);

        Assert.Equal((0, StockState.SoldOut), (variant.Available, variant.StockState));
        Assert.Throws<DomainException>(() => product.Reserve(variant.Id, 1));
    }

    [Theory]
    [InlineData(0, StockState.SoldOut)]
    [InlineData(1, StockState.Low)]
    [InlineData(ProductVariant.LowStockThreshold, StockState.Low)]
    [InlineData(ProductVariant.LowStockThreshold + 1, StockState.InStock)]
    public void Stock_state_follows_what_is_available(int stock, StockState expected) =>
        Assert.Equal(expected, ProductBuilder.VariantWithStock(stock).Variant.StockState);

    [Fact]
    public void Stock_state_counts_reserved_units_as_gone()
    {
        var (product, variant) = ProductBuilder.VariantWithStock(8);

        product.Reserve(variant.Id, 3);
        Assert.Equal(StockState.Low, variant.StockState);

        product.Reserve(variant.Id, 5);
        Assert.Equal(StockState.SoldOut, variant.StockState);
    }

    [Theory]
    [InlineData("", "M", "Black", "#000000")]
    [InlineData("SKU WITH SPACE", "M", "Black", "#000000")]
    [InlineData("A-1", "", "Black", "#000000")]
    [InlineData("A-1", "M", "", "#000000")]
    [InlineData("A-1", "M", "Black", "black")]
    [InlineData("A-1", "M", "Black", "#12345g")]
    public void A_variant_needs_a_valid_sku_size_colour_and_swatch(string sku, string size, string colour, string hex) =>
        Assert.Throws<DomainException>(() => new ProductBuilder().Build().AddVariant(sku, size, colour, hex, new Money(20m), null, 1));

    [Fact]
    public void Skus_are_kept_trimmed_and_upper_case() =>
        Assert.Equal("GKH-BLK-M", new ProductBuilder().WithVariant(sku: " gkh-blk-m ").Build().Variants[0].Sku);
}
