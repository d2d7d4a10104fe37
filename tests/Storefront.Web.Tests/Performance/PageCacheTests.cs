using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Performance;

/// <summary>
/// Public pages come from the output cache (a cached answer carries an <c>Age</c> header), yet every visitor sees
/// today's catalog and their own cart count, and nothing personal is ever stored in a cached page.
/// </summary>
public sealed class PageCacheTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private const string Slug = "ankle-compression-socks-black-white";
    private const string ProductUrl = $"/products/{Slug}";

    [Theory]
    [InlineData("/")]
    [InlineData("/shop")]
    [InlineData(ProductUrl)]
    [InlineData("/learn/leg-cramps")]
    public async Task An_anonymous_page_is_served_from_the_cache_without_a_token_or_a_cookie(string url)
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync(url);

        var cached = await client.GetAsync(url);
        var html = await cached.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.Age is not null, $"{url} was rendered again instead of served from the cache");
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.False(cached.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/cart")]
    [InlineData("/admin/login")]
    public async Task Personal_pages_are_never_cached(string url)
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync(url);

        var again = await client.GetAsync(url);

        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task A_signed_in_admin_never_gets_or_leaves_a_cached_public_page()
    {
        var admin = await factory.SignInAsync();
        await admin.GetAsync("/shop?sort=newest");

        var again = await admin.GetAsync("/shop?sort=newest");
        var anonymous = await factory.CreateBrowserlessClient().GetAsync("/shop?sort=newest");

        Assert.Null(again.Headers.Age);
        Assert.Null(anonymous.Headers.Age);
    }

    [Fact]
    public async Task Each_visitor_sees_their_own_cart_count_on_a_cached_page()
    {
        var variant = await factory.VariantAsync(9m, stock: 80);
        var two = new Shopper(factory);
        var one = new Shopper(factory);
        var none = factory.CreateBrowserlessClient();
        await two.AddAsync(variant, 2);
        await one.AddAsync(variant, 1);

        foreach (var round in Enumerable.Range(0, 2))
        {
            Assert.Equal("2", await CountOnAsync(two.Client));
            Assert.Equal("1", await CountOnAsync(one.Client));
            Assert.Equal("0", await CountOnAsync(none));
        }

        var served = await two.Client.GetAsync("/learn");
        Assert.NotNull(served.Headers.Age);
    }

    [Fact]
    public async Task A_price_change_shows_to_the_next_visitor()
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync(ProductUrl);
        Assert.NotNull((await client.GetAsync(ProductUrl)).Headers.Age);

        await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Slug == Domain.Common.Slug.Parse(Slug));
            foreach (var variant in product.Variants)
            {
                product.RepriceVariant(variant.Id, new Money(31.17m), null);
            }

            await db.SaveChangesAsync();
        });

        var page = await client.GetDocumentAsync(ProductUrl);
        Assert.Contains("$31.17", page.QuerySelector(".price-large")?.TextContent);
        var shop = await client.GetDocumentAsync("/shop");
        Assert.Contains("$31.17", shop.Body!.TextContent);
    }

    [Fact]
    public async Task A_stock_change_evicts_the_page_only_when_the_stock_label_changes()
    {
        var (url, variantId) = await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants)
                .Where(p => p.Status == ProductStatus.Published && p.Slug != Domain.Common.Slug.Parse(Slug))
                .OrderBy(p => p.Name).FirstAsync();
            var colour = product.Variants.Where(v => !v.IsRetired).OrderBy(v => v.Colour).First().Colour;
            foreach (var variant in product.Variants.Where(v => v.Colour == colour))
            {
                product.AdjustStock(variant.Id, variant.Reserved + 20, "Counted for the test", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            var first = product.Variants.Where(v => v.Colour == colour).OrderBy(v => SizeChart.Rank(v.Size)).First();
            return ($"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(colour)}", first.Id);
        });
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync(url);

        await SetAvailableAsync(variantId, 19);
        var unchanged = await client.GetAsync(url);
        Assert.NotNull(unchanged.Headers.Age);
        Assert.DoesNotContain("Only", await StockLabelAsync(unchanged, variantId));

        await SetAvailableAsync(variantId, 3);
        var low = await client.GetAsync(url);
        Assert.Null(low.Headers.Age);
        Assert.Equal("Only 3 left", await StockLabelAsync(low, variantId));

        await SetAvailableAsync(variantId, 2);
        Assert.Equal("Only 2 left", await StockLabelAsync(await client.GetAsync(url), variantId));

        await SetAvailableAsync(variantId, 0);
        Assert.Equal("Sold out", await StockLabelAsync(await client.GetAsync(url), variantId));
    }

    [Fact]
    public async Task A_guide_update_shows_on_the_guide_and_in_why_it_helps_at_once()
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync("/learn/leg-cramps");
        string? fittingUrl = null;
        foreach (var product in await factory.PublishedProductsAsync())
        {
            var url = $"/products/{product.Slug.Value}";
            if ((await client.GetDocumentAsync(url)).QuerySelector(".why-it-helps") is not null)
            {
                fittingUrl = url;
                break;
            }
        }

        Assert.NotNull(fittingUrl);

        await factory.WithDbAsync(async db =>
        {
            var guide = await db.Guides.Include(g => g.Sections).SingleAsync();
            db.Entry(guide).Property(g => g.Title).CurrentValue = "Leg cramps, revised";
            await db.SaveChangesAsync();
        });

        var guidePage = await client.GetDocumentAsync("/learn/leg-cramps");
        Assert.Equal("Leg cramps, revised", guidePage.QuerySelector("h1")?.TextContent.Trim());
        var productPage = await client.GetDocumentAsync(fittingUrl);
        Assert.Contains("Leg cramps, revised", productPage.QuerySelector(".why-it-helps")?.TextContent);
    }

    [Fact]
    public async Task Sock_pictures_have_fingerprinted_urls_cached_for_a_year()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetDocumentAsync(ProductUrl);
        var src = page.QuerySelector("img.gallery-main")!.GetAttribute("src")!;

        Assert.Matches(@"^/img/.+\.svg\?v=", src);
        var picture = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Contains("max-age=31536000", picture.Headers.CacheControl!.ToString());
        Assert.Contains("immutable", picture.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_stylesheets_and_pictures_are_sent_compressed(string encoding)
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetDocumentAsync(ProductUrl);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var picture = page.QuerySelector("img.gallery-main")!.GetAttribute("src")!;

        foreach (var url in new[] { ProductUrl, stylesheet, picture })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    private static async Task<string?> CountOnAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/learn")).QuerySelector("[data-testid=cart-count]")?.TextContent;

    private Task SetAvailableAsync(Guid variantId, int available) =>
        factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variantId));
            product.AdjustStock(variantId, product.Variants.Single(v => v.Id == variantId).Reserved + available, "Counted for the test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    private static async Task<string?> StockLabelAsync(HttpResponseMessage response, Guid variantId)
    {
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector($"input[value='{variantId}']")?.ParentElement?.QuerySelector(".stock")?.TextContent;
    }
}
