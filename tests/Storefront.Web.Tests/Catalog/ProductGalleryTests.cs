using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>
/// Without script, each thumbnail is a link that shows its picture, the big picture opens full size, and a colour is a
/// link to the page in that colour that lands at the picker, not the top; each is a page anyone may be served from the cache.
/// </summary>
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

    [Fact]
    public async Task A_colour_swatch_is_a_cacheable_GET_of_that_colour_keeping_the_size_and_landing_at_the_picker()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Variants.Select(v => v.Colour).Distinct().Count() > 1);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetDocumentAsync($"/products/{product.Slug.Value}");
        var size = page.QuerySelector(".size-picker input:checked")!.GetAttribute("data-size");
        var other = page.QuerySelectorAll(".colour-picker a.swatch").First(a => a.GetAttribute("aria-current") is null);
        var colour = other.QuerySelector(".swatch-name")!.TextContent;
        var href = other.GetAttribute("href")!;

        Assert.Equal($"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(colour)}&size={Uri.EscapeDataString(size!)}#buy", href);
        var shown = await client.GetDocumentAsync(href);
        Assert.NotNull(shown.QuerySelector("form#buy .colour-picker"));
        Assert.Equal(colour, shown.QuerySelector(".colour-picker legend strong")!.TextContent);
        Assert.Equal(colour, shown.QuerySelector(".colour-picker a[aria-current=true] .swatch-name")!.TextContent);
        Assert.Equal(size, shown.QuerySelector(".size-picker input:checked")?.GetAttribute("data-size"));

        var again = await client.GetAsync(href.Split('#')[0]);
        Assert.NotNull(again.Headers.Age);
        Assert.False(again.Headers.Contains("Set-Cookie"));
    }
}
