using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

public sealed class HomePageTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Home_page_shows_the_free_shipping_banner_featured_socks_and_the_guide_teaser()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Free shipping on orders of $55 or more", page.QuerySelector(".shipping-banner")?.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll(".product-grid .product-card"));
        Assert.NotNull(page.QuerySelector(".guide-teaser a[href='/learn/leg-cramps']"));
    }
}
