using System.Globalization;
using System.Net;
using System.Text.Json;
using Storefront.Domain.Catalog;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

public sealed class ProductPageTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_json_ld_is_a_schema_org_product_with_one_offer_per_variant_priced_and_stocked_as_in_the_database()
    {
        var product = (await factory.PublishedProductsAsync())
            .OrderByDescending(p => p.Variants.Any(v => v.StockState == StockState.SoldOut))
            .ThenByDescending(p => p.Variants.Count)
            .First();
        var page = await _client.GetDocumentAsync($"/products/{product.Slug.Value}");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Product", root.GetProperty("@type").GetString());
        Assert.Equal(product.Name, root.GetProperty("name").GetString());
        var offers = root.GetProperty("offers").EnumerateArray().ToDictionary(o => o.GetProperty("sku").GetString()!);
        var variants = product.Variants.Where(v => !v.IsRetired).ToList();
        Assert.Equal(variants.Select(v => v.Sku).Order(), offers.Keys.Order());
        foreach (var variant in variants)
        {
            var offer = offers[variant.Sku];
            Assert.Equal("Offer", offer.GetProperty("@type").GetString());
            Assert.Equal(variant.Price.Amount, decimal.Parse(offer.GetProperty("price").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal(variant.Price.Currency, offer.GetProperty("priceCurrency").GetString());
            Assert.Equal(
                variant.Available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
                offer.GetProperty("availability").GetString());
        }
    }

    [Fact]
    public async Task The_page_shows_name_price_compare_at_price_size_chart_and_an_add_to_cart_form_with_variant_ids()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Variants.Any(v => v.CompareAtPrice is not null));
        var page = await _client.GetDocumentAsync($"/products/{product.Slug.Value}");

        Assert.Equal(product.Name, page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector(".price-large .compare-at"));
        Assert.NotEmpty(page.QuerySelectorAll(".size-chart tbody tr"));
        var form = page.QuerySelector("form.add-to-cart")!;
        Assert.Equal("/cart/add", form.GetAttribute("action"));
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));
        var variantIds = product.Variants.Select(v => v.Id.ToString()).ToHashSet();
        Assert.All(form.QuerySelectorAll("input[name=VariantId]"), input => Assert.Contains(input.GetAttribute("value")!, variantIds));
    }

    [Fact]
    public async Task Each_size_shows_its_stock_state_and_a_sold_out_size_cannot_be_chosen()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Variants.Any(v => v.StockState == StockState.SoldOut));
        var soldOut = product.Variants.First(v => v.StockState == StockState.SoldOut);

        var page = await _client.GetDocumentAsync($"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(soldOut.Colour)}");
        var option = page.QuerySelector($"input[value='{soldOut.Id}']")!;

        Assert.True(option.HasAttribute("disabled"));
        Assert.Equal("Sold out", option.ParentElement!.QuerySelector(".stock")?.TextContent);
    }

    [Fact]
    public async Task A_low_stock_size_says_how_many_are_left()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Variants.Any(v => v.StockState == StockState.Low));
        var low = product.Variants.First(v => v.StockState == StockState.Low);

        var page = await _client.GetDocumentAsync($"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(low.Colour)}");

        Assert.Equal($"Only {low.Available} left", page.QuerySelector($"input[value='{low.Id}']")!.ParentElement!.QuerySelector(".stock")?.TextContent);
    }

    [Fact]
    public async Task The_description_markdown_is_rendered_as_html()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Description.Contains("**", StringComparison.Ordinal));

        var page = await _client.GetDocumentAsync($"/products/{product.Slug.Value}");

        Assert.NotNull(page.QuerySelector(".prose strong"));
        Assert.DoesNotContain("**", page.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task The_title_meta_description_and_canonical_name_the_product_even_with_a_colour_chosen()
    {
        var product = (await factory.PublishedProductsAsync()).First();
        var colour = product.Variants[0].Colour;

        var page = await _client.GetDocumentAsync($"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(colour)}");

        Assert.Equal($"{product.Name} · Storefront", page.Title);
        Assert.StartsWith(product.Name, page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal($"http://localhost/products/{product.Slug.Value}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/products/no-such-sock")]
    [InlineData("/products/Not_A_Slug")]
    [InlineData("/shop/no-such-category")]
    [InlineData("/shop/NOT_A_SLUG")]
    [InlineData("/shop/a-category-name-far-longer-than-any-slug-can-be-a-category-name-far-longer-than-any-slug-can-be-really")]
    public async Task An_unknown_product_or_category_answers_404_with_the_friendly_page(string url)
    {
        var response = await _client.GetAsync(url);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We couldn't find that page", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/shop']"));
    }
}
