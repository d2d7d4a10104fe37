using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Without script, each thumbnail is a link that shows its picture, and the big picture opens full size.</summary>
public sealed class ProductGalleryTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task A_thumbnail_link_shows_its_picture_large_and_marks_it_current_back_at_the_gallery()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Variants.Select(v => v.Colour).Distinct().Count() > 1);
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync($"/products/{product.Slug.Value}");
        var second = page.QuerySelectorAll(".gallery-thumbs a")[1];

        Assert.EndsWith("&image=1#gallery", second.GetAttribute("href"), StringComparison.Ordinal);
        var shown = await client.GetDocumentAsync(second.GetAttribute("href")!);

        var secondAlt = second.QuerySelector("img")!.GetAttribute("alt");
        Assert.Equal(secondAlt, shown.QuerySelector(".gallery-main")!.GetAttribute("alt"));
        Assert.Equal(secondAlt, shown.QuerySelector(".gallery-thumbs a[aria-current=true] img")!.GetAttribute("alt"));
        Assert.StartsWith(shown.QuerySelector(".gallery-main")!.GetAttribute("src")!.Split('?')[0], shown.QuerySelector(".gallery-zoom")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
