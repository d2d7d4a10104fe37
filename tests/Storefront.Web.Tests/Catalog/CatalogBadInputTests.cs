using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Whatever lands in the query string, the shop answers with a normal page or a 400, never a 500, and keeps markup escaped.</summary>
public sealed class CatalogBadInputTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>One sock whose description holds the special characters, so a literal search has something to find.</summary>
    public Task InitializeAsync() => factory.WithDbAsync(async db =>
    {
        if (await db.Products.AnyAsync(p => p.Name == "Literal Sock"))
        {
            return;
        }

        var product = new Product("Literal Sock", Slug.Parse("literal-sock"), (await db.Categories.FirstAsync()).Id, SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, DateTimeOffset.UtcNow);
        product.Describe(@"Now 50% off_today, back\slash and [a-z] ranges.", "Nylon", "Wash cold");
        product.AddVariant("LIT-1", "M", "Black", "#000000", new Money(20m), null, 5);
        product.Publish();
        db.Products.Add(product);
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public async Task A_page_number_that_is_not_a_page_shows_the_first_page(string page)
    {
        var first = await _client.GetDocumentAsync("/shop");
        var shown = await _client.GetDocumentAsync($"/shop?page={Uri.EscapeDataString(page)}");

        Assert.Equal(first.CardSlugs(), shown.CardSlugs());
        Assert.Equal("1", shown.QuerySelector(".pagination a[aria-current=page]")?.TextContent);
    }

    [Theory]
    [InlineData("10000")]
    [InlineData("2147483647")]
    public async Task A_page_past_the_end_says_there_are_no_socks_there_and_links_to_the_first_page(string page)
    {
        var shown = await _client.GetDocumentAsync($"/shop?page={page}");

        Assert.Empty(shown.CardSlugs());
        Assert.Equal("/shop", shown.QuerySelector(".empty-state a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("style=tube")]
    [InlineData("compression=40-50")]
    [InlineData("use=sleeping")]
    [InlineData("sort=cheapest")]
    [InlineData("style=&compression=&use=&sort=")]
    public async Task An_unknown_filter_or_sort_value_is_ignored(string query)
    {
        var all = (await factory.PublishedProductsAsync()).Slugs();

        Assert.Equal(all, (await _client.AllSlugsAsync($"/shop?{query}")).Order());
    }

    [Fact]
    public async Task A_2000_character_search_is_cut_to_the_search_limit_and_answers_a_normal_page()
    {
        var page = await _client.GetDocumentAsync($"/shop?q={new string('a', 2000)}");

        Assert.Equal(100, page.QuerySelector("#q")?.GetAttribute("value")?.Length);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("'; DROP TABLE Products; --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("[a-z]")]
    public async Task Sql_and_wildcard_characters_are_searched_for_literally(string term)
    {
        var products = await factory.PublishedProductsAsync();
        var expected = products.Where(p => CatalogFilterTests.Matches(p, term)).Slugs();

        var shown = await _client.AllSlugsAsync($"/shop?q={Uri.EscapeDataString(term)}");

        Assert.True(expected.Length < products.Count, $"'{term}' should not match every sock");
        Assert.Equal(expected, shown.Order());
        Assert.Equal(products.Count, (await _client.AllSlugsAsync("/shop")).Count);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("[a-z]")]
    public async Task A_special_character_finds_the_sock_that_really_contains_it(string term) =>
        Assert.Equal(["literal-sock"], await _client.AllSlugsAsync($"/shop?q={Uri.EscapeDataString(term)}"));

    [Fact]
    public async Task A_script_in_the_search_box_is_shown_as_text_and_never_runs()
    {
        const string script = "<script>alert(1)</script>";
        var response = await _client.GetAsync($"/shop?q={Uri.EscapeDataString(script)}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(script, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal));
        Assert.Equal(script, page.QuerySelector("#q")?.GetAttribute("value"));
        Assert.Contains(script, page.QuerySelector(".results-count")?.TextContent);
    }

    [Theory]
    [InlineData("size")]
    [InlineData("colour")]
    public async Task An_over_long_size_or_colour_is_a_filter_nothing_matches(string filter)
    {
        var page = await _client.GetDocumentAsync($"/shop?{filter}={new string('x', 2000)}");

        Assert.Empty(page.QuerySelectorAll(".product-card"));
        Assert.Contains("No socks match these filters.", page.QuerySelector(".empty-state")?.TextContent);
    }

    [Fact]
    public async Task A_script_in_a_filter_value_stays_escaped_in_the_page_links()
    {
        const string script = "\"><script>alert(2)</script>";
        var html = await _client.GetStringAsync($"/shop?colour=x&q=a&style={Uri.EscapeDataString(script)}");
        var page = await Html.ParseAsync(html);

        Assert.DoesNotContain("<script>alert(2)", html);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert(2)", StringComparison.Ordinal));
    }
}
