using System.Net;
using System.Xml.Linq;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

public sealed class SeoAndHealthTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/", "Compression socks that help · Storefront", "http://localhost/")]
    [InlineData("/shop", "All compression socks · Storefront", "http://localhost/shop")]
    [InlineData("/shop/travel", "Travel compression socks · Storefront", "http://localhost/shop/travel")]
    [InlineData("/shop/travel?style=knee-high", "Travel compression socks · Storefront", "http://localhost/shop/travel")]
    public async Task Each_page_has_its_own_title_meta_description_and_canonical_link(string url, string title, string canonical)
    {
        var page = await _client.GetDocumentAsync(url);

        Assert.Equal(title, page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sitemap_lists_every_published_product_and_every_category()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var response = await _client.GetAsync("/sitemap.xml");
        var locations = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants(ns + "loc").Select(l => l.Value).ToHashSet();

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("http://localhost/shop", locations);
        Assert.All(await factory.PublishedProductsAsync(), p => Assert.Contains($"http://localhost/products/{p.Slug.Value}", locations));
        Assert.All(await factory.CategoriesAsync(), c => Assert.Contains($"http://localhost/shop/{c.Slug.Value}", locations));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_cart()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Disallow: /cart", robots);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Static_assets_are_linked_with_a_version_and_cached_for_a_year()
    {
        var page = await _client.GetDocumentAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await _client.GetAsync(css);

        Assert.Contains("?v=", css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
    }
}
