using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

public sealed class CatalogSortTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Price_low_to_high_orders_by_the_from_price()
    {
        var prices = await FromPricesAsync("/shop?sort=price-asc");

        Assert.Equal(prices.Order(), prices);
        Assert.NotEqual(prices.First(), prices.Last());
    }

    [Fact]
    public async Task Price_high_to_low_orders_by_the_from_price()
    {
        var prices = await FromPricesAsync("/shop?sort=price-desc");

        Assert.Equal(prices.OrderDescending(), prices);
    }

    [Fact]
    public async Task Newest_puts_the_most_recently_added_sock_first()
    {
        var products = (await factory.PublishedProductsAsync()).ToDictionary(p => p.Slug.Value);

        var added = (await _client.AllSlugsAsync("/shop?sort=newest")).Select(slug => products[slug].CreatedAt).ToList();

        Assert.Equal(products.Count, added.Count);
        Assert.Equal(added.OrderDescending(), added);
    }

    [Fact]
    public async Task Featured_is_the_default_and_puts_featured_socks_first()
    {
        var products = (await factory.PublishedProductsAsync()).ToDictionary(p => p.Slug.Value);

        var featured = (await _client.AllSlugsAsync("/shop")).Select(slug => products[slug].IsFeatured).ToList();

        Assert.Contains(true, featured);
        Assert.Contains(false, featured);
        Assert.Equal(featured.OrderDescending(), featured);
        Assert.Equal(await _client.AllSlugsAsync("/shop"), await _client.AllSlugsAsync("/shop?sort=featured"));
    }

    [Fact]
    public async Task Each_card_shows_the_from_price_the_database_holds()
    {
        var products = (await factory.PublishedProductsAsync()).ToDictionary(p => p.Slug.Value);
        var page = await _client.GetDocumentAsync("/shop");

        foreach (var card in page.QuerySelectorAll(".product-card"))
        {
            var slug = card.QuerySelector("a.product-card-link")!.GetAttribute("href")!["/products/".Length..];
            Assert.Equal($"From ${products[slug].FromPrice:0.00}", card.QuerySelector(".price span")?.TextContent);
        }
    }

    private async Task<List<decimal>> FromPricesAsync(string url)
    {
        var products = (await factory.PublishedProductsAsync()).ToDictionary(p => p.Slug.Value);
        var slugs = await _client.AllSlugsAsync(url);
        Assert.Equal(products.Count, slugs.Count);
        return slugs.Select(slug => products[slug].FromPrice).ToList();
    }
}
