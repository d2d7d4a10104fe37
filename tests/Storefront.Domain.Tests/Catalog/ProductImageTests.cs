using Storefront.Domain.Common;
using Storefront.Domain.Tests.Builders;

namespace Storefront.Domain.Tests.Catalog;

public sealed class ProductImageTests
{
    [Fact]
    public void A_colour_shows_its_own_picture_else_one_of_every_colour_else_the_first()
    {
        var product = new ProductBuilder().Build();
        var navy = product.AddImage("/img/navy.svg", "On a runner", "Navy");
        var every = product.AddImage("/img/all.svg", "All the colours", null);

        Assert.Equal(navy, product.ImageFor("navy"));
        Assert.Equal(every, product.ImageFor("Black"));
        product.RemoveImage(every.Id);
        Assert.Equal(navy, product.ImageFor("Black"));
    }

    [Fact]
    public void A_blank_colour_means_every_colour_and_a_long_one_is_refused()
    {
        var product = new ProductBuilder().Build();

        Assert.Null(product.AddImage("/img/a.svg", "Front", "  ").Colour);
        Assert.Throws<DomainException>(() => product.AddImage("/img/b.svg", "Side", new string('x', 41)));
    }
}
