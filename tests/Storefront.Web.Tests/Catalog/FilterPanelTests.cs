using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Filters land on the results, show what is in force as removable chips, and apply only when asked.</summary>
public sealed class FilterPanelTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Active_filters_are_chips_whose_links_remove_just_that_filter_and_land_on_the_results()
    {
        var page = await _client.GetDocumentAsync("/shop?style=knee-high&colour=Navy&q=running");

        var chips = page.QuerySelectorAll(".filter-chip").ToDictionary(a => a.TextContent.Replace("×", string.Empty, StringComparison.Ordinal).Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/shop?colour=Navy&q=running#results", chips["Style: Knee-high"]);
        Assert.Equal("/shop?style=knee-high&q=running#results", chips["Colour: Navy"]);
        Assert.Equal("/shop?style=knee-high&colour=Navy#results", chips["Search: running"]);
        Assert.Contains("3 active", page.QuerySelector(".filters-panel summary")!.TextContent);
    }

    [Fact]
    public async Task The_filter_form_applies_on_its_button_not_on_change_and_lands_on_the_results()
    {
        var page = await _client.GetDocumentAsync("/shop");

        var form = page.QuerySelector("form.filter-form")!;
        Assert.Equal("/shop#results", form.GetAttribute("action"));
        Assert.False(form.HasAttribute("data-autosubmit"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.NotNull(page.QuerySelector("section#results"));
        Assert.Empty(page.QuerySelectorAll(".filter-chip"));
    }

    [Fact]
    public async Task Page_links_land_on_the_results()
    {
        var page = await _client.GetDocumentAsync("/shop");

        Assert.All(page.QuerySelectorAll(".pagination a"), a => Assert.EndsWith("#results", a.GetAttribute("href"), StringComparison.Ordinal));
    }
}
