using System.Net.Http.Json;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Search finds what a shopper means: words in any order, any dash, plurals, synonyms, one typo, best match first.</summary>
public sealed class SearchTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("knee high", "knee-high")]
    [InlineData("high knee", "knee-high")]
    [InlineData("knee–high", "knee-high")]
    [InlineData("20-30", "20–30")]
    [InlineData("20 30", "20–30")]
    [InlineData("sport", "running")]
    [InlineData("sports socks", "running")]
    [InlineData("runing", "running")]
    [InlineData("pregnancy", "maternity")]
    [InlineData("Knee-High Sock", "knee-high socks")]
    public async Task Two_ways_of_saying_the_same_thing_find_the_same_socks(string said, string meant)
    {
        var expected = await Slugs(meant);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Slugs(said));
    }

    [Theory]
    [InlineData("navy", "Navy")]
    [InlineData("black socks", "Black")]
    public async Task A_colour_finds_every_sock_that_comes_in_it(string query, string colour)
    {
        var expected = (await factory.PublishedProductsAsync())
            .Where(p => p.Variants.Any(v => !v.IsRetired && v.Colour.Contains(colour, StringComparison.OrdinalIgnoreCase))).Slugs();

        var shown = await Slugs(query);

        Assert.NotEmpty(expected);
        Assert.Subset(shown.ToHashSet(), expected.ToHashSet());
    }

    [Fact]
    public async Task Words_match_across_fields_so_a_style_and_a_colour_together_narrow_the_list()
    {
        var products = await factory.PublishedProductsAsync();
        var expected = products.Where(p => p.Name.Contains("Knee-High", StringComparison.OrdinalIgnoreCase) && p.Variants.Any(v => v.Colour == "Navy")).Slugs();

        var shown = await Slugs("navy knee high");

        Assert.NotEmpty(expected);
        Assert.Subset(shown.ToHashSet(), expected.ToHashSet());
        Assert.True(shown.Length < (await Slugs("knee high")).Length);
    }

    [Fact]
    public async Task The_best_match_comes_first_a_name_match_before_a_description_match()
    {
        var page = await _client.GetDocumentAsync("/shop?q=maternity");

        var names = page.QuerySelectorAll(".product-card h3").Select(h => h.TextContent).ToList();
        Assert.StartsWith("Maternity", names[0], StringComparison.Ordinal);
        Assert.Equal("Best match", page.QuerySelector("#sort option[selected]")?.TextContent);
    }

    [Fact]
    public async Task The_header_search_box_keeps_the_query_after_searching()
    {
        var page = await _client.GetDocumentAsync("/shop?q=knee+high");

        Assert.Equal("knee high", page.QuerySelector("#header-search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Suggestions_as_you_type_name_the_best_matching_socks_with_their_pages()
    {
        var suggestions = await _client.GetFromJsonAsync<Suggestion[]>("/search/suggest?q=kne");

        Assert.NotNull(suggestions);
        Assert.InRange(suggestions.Length, 1, 6);
        Assert.All(suggestions, s =>
        {
            Assert.Contains("knee", s.Name, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("/products/", s.Url, StringComparison.Ordinal);
        });
        Assert.Empty((await _client.GetFromJsonAsync<Suggestion[]>("/search/suggest?q=%20"))!);
    }

    private async Task<string[]> Slugs(string query) => [.. (await _client.AllSlugsAsync($"/shop?q={Uri.EscapeDataString(query)}")).Order()];

    private sealed record Suggestion(string Name, string Url);
}
