using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Tests.Builders;

namespace Storefront.Domain.Tests.Catalog;

public sealed class ProductTests
{
    [Fact]
    public void A_new_product_is_a_draft_with_a_trimmed_name()
    {
        var product = new ProductBuilder().WithName("  Travel Socks  ").Build();

        Assert.Equal("Travel Socks", product.Name);
        Assert.Equal(ProductStatus.Draft, product.Status);
        Assert.False(product.IsPublished);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_product_needs_a_name(string name) =>
        Assert.Throws<DomainException>(() => new Product(name, Slug.Parse("x"), Guid.Empty, SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, ProductBuilder.CreatedAt));

    [Fact]
    public void A_name_of_120_characters_is_accepted_and_121_refused()
    {
        Assert.Equal(Product.MaxNameLength, new ProductBuilder().WithName(new string('a', Product.MaxNameLength)).Build().Name.Length);
        Assert.Throws<DomainException>(() => new ProductBuilder().WithName(new string('a', Product.MaxNameLength + 1)).Build());
    }

    [Fact]
    public void Two_variants_of_one_product_cannot_share_a_sku()
    {
        var product = new ProductBuilder().WithVariant(sku: "GKH-BLK-M", size: "M").Build();

        var error = Assert.Throws<DomainException>(() =>
            product.AddVariant("gkh-blk-m", "L", "Black", "#000000", new Money(26m), null, 3));
        Assert.Contains("GKH-BLK-M", error.Message);
        Assert.Single(product.Variants);
    }

    [Fact]
    public void The_same_sku_may_be_used_by_another_product()
    {
        var first = new ProductBuilder().WithVariant(sku: "SHARED-1").Build();
        var second = new ProductBuilder().WithVariant(sku: "SHARED-1").Build();

        Assert.Equal(first.Variants[0].Sku, second.Variants[0].Sku);
    }

    [Fact]
    public void Two_variants_of_the_same_size_and_colour_are_refused_whatever_the_case()
    {
        var product = new ProductBuilder().WithVariant(sku: "A-1", size: "M", colour: "Black").Build();

        Assert.Throws<DomainException>(() => product.AddVariant("A-2", "m", "black", "#000000", new Money(26m), null, 3));
    }

    [Fact]
    public void Changing_a_variant_to_another_variants_sku_is_refused()
    {
        var product = new ProductBuilder().WithVariant(sku: "A-1", size: "M").WithVariant(sku: "A-2", size: "L").Build();

        Assert.Throws<DomainException>(() => product.ChangeVariant(product.Variants[1].Id, "a-1", "L", "Black", "#000000"));
        Assert.Equal("A-2", product.Variants[1].Sku);
    }

    [Fact]
    public void Publishing_needs_at_least_one_variant_that_can_be_bought()
    {
        var empty = new ProductBuilder().Build();
        Assert.Throws<DomainException>(empty.Publish);

        var retiredOnly = new ProductBuilder().WithVariant().Build();
        retiredOnly.RemoveVariant(retiredOnly.Variants[0].Id, appearsInOrders: true);
        Assert.Throws<DomainException>(retiredOnly.Publish);
        Assert.Equal(ProductStatus.Draft, retiredOnly.Status);
    }

    [Fact]
    public void A_product_with_a_variant_can_be_published_and_unpublished()
    {
        var product = new ProductBuilder().WithVariant().Build();

        product.Publish();
        Assert.True(product.IsPublished);

        product.Unpublish();
        Assert.Equal(ProductStatus.Draft, product.Status);
    }

    [Theory]
    [InlineData(SockUse.None)]
    [InlineData((SockUse)32)]
    [InlineData(SockUse.Running | (SockUse)64)]
    public void Uses_must_be_at_least_one_known_use(SockUse uses) =>
        Assert.Throws<DomainException>(() => new ProductBuilder().WithUses(uses).Build());

    [Fact]
    public void An_unknown_style_or_compression_level_is_refused()
    {
        var product = new ProductBuilder().Build();

        Assert.Throws<DomainException>(() => product.Classify((SockStyle)99, CompressionLevel.Mild8To15, SockUse.Everyday));
        Assert.Throws<DomainException>(() => product.Classify(SockStyle.Crew, (CompressionLevel)99, SockUse.Everyday));
    }

    [Fact]
    public void Several_known_uses_are_kept_together()
    {
        var product = new ProductBuilder().WithUses(SockUse.Running | SockUse.Recovery).Build();

        Assert.Equal([SockUse.Running, SockUse.Recovery], CatalogLabels.Split(product.Uses));
    }

    [Fact]
    public void From_price_is_the_lowest_price_of_a_variant_that_can_be_bought()
    {
        var product = new ProductBuilder()
            .WithVariant(sku: "A-M", size: "M", price: 26m)
            .WithVariant(sku: "A-XXL", size: "XXL", price: 28m)
            .WithVariant(sku: "A-S", size: "S", price: 24m)
            .Build();
        Assert.Equal(24m, product.FromPrice);

        product.RemoveVariant(product.Variants.Single(v => v.Size == "S").Id, appearsInOrders: true);
        Assert.Equal(26m, product.FromPrice);

        product.RepriceVariant(product.Variants.Single(v => v.Size == "XXL").Id, new Money(19m), null);
        Assert.Equal(19m, product.FromPrice);
    }

    [Fact]
    public void Removing_a_variant_that_was_ordered_retires_it_and_one_never_ordered_disappears()
    {
        var product = new ProductBuilder().WithVariant(sku: "A-M", size: "M").WithVariant(sku: "A-L", size: "L").Build();
        var ordered = product.Variants[0];
        var neverOrdered = product.Variants[1];

        product.RemoveVariant(ordered.Id, appearsInOrders: true);
        product.RemoveVariant(neverOrdered.Id, appearsInOrders: false);

        Assert.Equal([ordered], product.Variants);
        Assert.True(ordered.IsRetired);
    }

    [Fact]
    public void Asking_for_a_variant_of_another_product_is_refused() =>
        Assert.Throws<DomainException>(() => new ProductBuilder().WithVariant().Build().Variant(Guid.NewGuid()));

    [Fact]
    public void Images_are_numbered_in_the_order_they_are_added_and_can_be_reordered()
    {
        var product = new ProductBuilder().Build();
        var black = product.AddImage("/img/black.svg", "Black");
        var white = product.AddImage("/img/white.svg", "White");
        var navy = product.AddImage("/img/navy.svg", "Navy");

        product.ReorderImages([navy.Id, black.Id, white.Id]);

        Assert.Equal([navy, black, white], product.Images);
        Assert.Equal([0, 1, 2], product.Images.Select(i => i.Position));
    }

    [Fact]
    public void Reordering_must_name_every_image_exactly_once()
    {
        var product = new ProductBuilder().Build();
        var black = product.AddImage("/img/black.svg", "Black");
        var white = product.AddImage("/img/white.svg", "White");

        Assert.Throws<DomainException>(() => product.ReorderImages([black.Id]));
        Assert.Throws<DomainException>(() => product.ReorderImages([black.Id, black.Id]));
        Assert.Throws<DomainException>(() => product.ReorderImages([black.Id, Guid.NewGuid()]));
        Assert.Equal([black, white], product.Images);
    }

    [Fact]
    public void Removing_an_image_closes_the_gap_in_the_numbering()
    {
        var product = new ProductBuilder().Build();
        var black = product.AddImage("/img/black.svg", "Black");
        product.AddImage("/img/white.svg", "White");

        product.RemoveImage(black.Id);

        Assert.Equal(0, Assert.Single(product.Images).Position);
    }

    [Theory]
    [InlineData("https://cdn.example.com/sock.png", "Sock")]
    [InlineData("", "Sock")]
    [InlineData("/img/sock.svg", " ")]
    public void An_image_needs_a_site_path_and_alt_text(string url, string alt) =>
        Assert.Throws<DomainException>(() => new ProductBuilder().Build().AddImage(url, alt));

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        var product = new ProductBuilder().Build();

        Assert.Throws<DomainException>(() => product.Describe(new string('x', Product.MaxDescriptionLength + 1), "Nylon", "Wash cold"));
        product.Describe("  Soft  ", " Nylon ", " Wash cold ");
        Assert.Equal(("Soft", "Nylon", "Wash cold"), (product.Description, product.Material, product.Care));
    }

    [Fact]
    public void Changing_the_status_follows_the_rule_of_the_new_status_and_says_whether_anything_changed()
    {
        var withoutVariant = new ProductBuilder().Build();
        Assert.Throws<DomainException>(() => withoutVariant.ChangeStatus(ProductStatus.Published));
        Assert.False(withoutVariant.ChangeStatus(ProductStatus.Draft));

        var product = new ProductBuilder().WithVariant().Build();
        Assert.True(product.ChangeStatus(ProductStatus.Published));
        Assert.False(product.ChangeStatus(ProductStatus.Published));
        Assert.True(product.ChangeStatus(ProductStatus.Archived));
        Assert.Equal(ProductStatus.Archived, product.Status);
    }
}
