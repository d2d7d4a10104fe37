using Storefront.Domain.Catalog;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Each filter shows exactly the published socks the database says match it, across all pages.</summary>
public sealed class CatalogFilterTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<SockStyle> Styles => new(Enum.GetValues<SockStyle>());

    public static TheoryData<CompressionLevel> Levels => new(Enum.GetValues<CompressionLevel>());

    public static TheoryData<SockUse> Uses => new(CatalogLabels.Split((SockUse)31));

    [Fact]
    public async Task The_unfiltered_catalog_lists_every_published_sock_once()
    {
        var expected = (await factory.PublishedProductsAsync()).Slugs();

        Assert.Equal(expected, (await _client.AllSlugsAsync("/shop")).Order());
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Filtering_by_style_shows_only_that_style(SockStyle style)
    {
        var expected = (await factory.PublishedProductsAsync()).Where(p => p.Style == style).Slugs();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await _client.AllSlugsAsync($"/shop?style={style.Token()}")).Order());
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Filtering_by_compression_level_shows_only_that_level(CompressionLevel level)
    {
        var expected = (await factory.PublishedProductsAsync()).Where(p => p.Compression == level).Slugs();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await _client.AllSlugsAsync($"/shop?compression={level.Token()}")).Order());
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public async Task Filtering_by_use_shows_the_socks_made_for_it_among_their_other_uses(SockUse use)
    {
        var expected = (await factory.PublishedProductsAsync()).Where(p => p.Uses.HasFlag(use)).Slugs();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await _client.AllSlugsAsync($"/shop?use={use.Token()}")).Order());
    }

    [Fact]
    public async Task Filtering_by_colour_shows_the_socks_sold_in_that_colour()
    {
        var products = await factory.PublishedProductsAsync();
        var colours = products.SelectMany(p => p.Variants).Select(v => v.Colour).Distinct().ToList();

        foreach (var colour in colours)
        {
            var expected = products.Where(p => p.Variants.Any(v => v.Colour == colour && !v.IsRetired)).Slugs();
            var shown = await _client.AllSlugsAsync($"/shop?colour={Uri.EscapeDataString(colour)}");
            Assert.True(expected.SequenceEqual(shown.Order()), $"colour {colour}: expected {string.Join(", ", expected)} but saw {string.Join(", ", shown)}");
        }
    }

    [Fact]
    public async Task Each_category_page_shows_the_socks_of_that_category()
    {
        var products = await factory.PublishedProductsAsync();

        foreach (var category in await factory.CategoriesAsync())
        {
            var expected = products.Where(p => p.CategoryId == category.Id).Slugs();
            var page = await _client.GetDocumentAsync($"/shop/{category.Slug.Value}");
            Assert.Equal($"{category.Name} compression socks", page.QuerySelector("h1")?.TextContent);
            Assert.Equal(expected, (await _client.AllSlugsAsync($"/shop/{category.Slug.Value}")).Order());
        }
    }

    [Fact]
    public async Task Filters_combine_so_every_shown_sock_meets_all_of_them()
    {
        var products = await factory.PublishedProductsAsync();
        var sample = products.First(p => p.Uses.HasFlag(SockUse.Travel));
        var expected = products
            .Where(p => p.Style == sample.Style && p.Compression == sample.Compression && p.Uses.HasFlag(SockUse.Travel))
            .Slugs();

        var shown = await _client.AllSlugsAsync($"/shop?style={sample.Style.Token()}&compression={sample.Compression.Token()}&use=travel");

        Assert.Contains(sample.Slug.Value, shown);
        Assert.Equal(expected, shown.Order());
    }

    [Fact]
    public async Task The_filter_form_shows_the_chosen_values_as_selected()
    {
        var page = await _client.GetDocumentAsync("/shop?style=crew&compression=15-20&use=running&sort=newest");

        Assert.Equal("crew", page.QuerySelector("#style option[selected]")?.GetAttribute("value"));
        Assert.Equal("15-20", page.QuerySelector("#compression option[selected]")?.GetAttribute("value"));
        Assert.Equal("running", page.QuerySelector("#use option[selected]")?.GetAttribute("value"));
        Assert.Equal("newest", page.QuerySelector("#sort option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_search_finds_socks_by_name()
    {
        var products = await factory.PublishedProductsAsync();
        const string term = "knee-high";
        var expected = products.Where(p => Matches(p, term)).Slugs();

        Assert.Contains(products, p => p.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, (await _client.AllSlugsAsync($"/shop?q={term}")).Order());
    }

    [Fact]
    public async Task A_search_finds_socks_by_a_word_only_their_description_has()
    {
        var products = await factory.PublishedProductsAsync();
        // By slug: product ids are new on every run, so in id order the word picked changed from run to run.
        var term = products
            .OrderBy(p => p.Slug.Value, StringComparer.Ordinal)
            .SelectMany(p => p.Description.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('*', '.', ',', ':', '-'))
            .First(w => w.Length >= 6 && w.All(char.IsAsciiLetter) && !products.Any(p => p.Name.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var expected = products.Where(p => Matches(p, term)).Slugs();

        var shown = await _client.AllSlugsAsync($"/shop?q={term}");

        // Every sock with the word is found. Search may find more: a word also matches the start of a longer one and,
        // from five letters, one typo away ("flights" finds "flight"), which a plain substring test does not.
        Assert.NotEmpty(expected);
        Assert.Subset(shown.ToHashSet(), expected.ToHashSet());
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_clear_the_filters()
    {
        var page = await _client.GetDocumentAsync("/shop?style=ankle&q=no-sock-is-called-this");

        Assert.Empty(page.CardSlugs());
        Assert.Contains("No socks match these filters.", page.QuerySelector(".empty-state")?.TextContent);
        var clear = page.QuerySelector(".empty-state a");
        Assert.Equal("Clear filters", clear?.TextContent.Trim());
        Assert.Equal("/shop", clear?.GetAttribute("href"));
    }

    /// <summary>What the shop's search promises: the text appears in the name or the description, ignoring case.</summary>
    internal static bool Matches(Product product, string term) =>
        product.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || product.Description.Contains(term, StringComparison.OrdinalIgnoreCase);
}
