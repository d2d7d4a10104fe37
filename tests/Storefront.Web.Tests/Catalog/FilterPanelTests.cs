using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Filters land on the results, show what is in force as removable chips, and apply only when asked.</summary>
public sealed partial class FilterPanelTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
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

    [Theory]
    [InlineData("/shop?style=knee-high&q=black")]
    [InlineData("/shop/sport?colour=Black&size=M")]
    public async Task Each_filter_option_counts_the_socks_choosing_it_shows_with_the_other_filters_and_the_search_kept(string url)
    {
        var page = await _client.GetDocumentAsync(url);

        var options = page.QuerySelectorAll("form.filter-form select:not(#sort) option").ToList();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            var select = (IHtmlSelectElement)option.ParentElement!;
            var count = int.Parse(CountInLabel().Match(option.TextContent).Groups[1].Value, CultureInfo.InvariantCulture);
            var choosing = QueryHelpers.AddQueryString(url.Split('?')[0], Choices(page, select.Name!, option.GetAttribute("value")!));

            Assert.Equal(count, await ResultCountAsync(choosing));
            Assert.Equal(count == 0 && !option.HasAttribute("selected"), option.HasAttribute("disabled"));
        }
    }

    [Fact]
    public async Task A_chosen_option_that_now_shows_nothing_stays_chosen_and_enabled()
    {
        var page = await _client.GetDocumentAsync("/shop?q=running");
        var empty = page.QuerySelectorAll("form.filter-form option[disabled]").First();
        var select = (IHtmlSelectElement)empty.ParentElement!;
        Assert.EndsWith("(0)", empty.TextContent, StringComparison.Ordinal);

        var chosen = await _client.GetDocumentAsync($"/shop?q=running&{select.Name}={Uri.EscapeDataString(empty.GetAttribute("value")!)}");

        var option = chosen.QuerySelector($"select#{select.Name} option[selected]")!;
        Assert.Equal(empty.TextContent, option.TextContent);
        Assert.False(option.HasAttribute("disabled"));
        Assert.StartsWith("0 socks", chosen.QuerySelector(".results-count")!.TextContent, StringComparison.Ordinal);
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

    /// <summary>What the form would send with one select changed: every other select's chosen value, and the search.</summary>
    private static Dictionary<string, string?> Choices(IDocument page, string name, string value)
    {
        var choices = page.QuerySelectorAll("form.filter-form select").Cast<IHtmlSelectElement>().ToDictionary(s => s.Name!, s => (string?)s.Value);
        choices["q"] = ((IHtmlInputElement)page.QuerySelector("form.filter-form input[name=q]")!).Value;
        choices[name] = value;
        return choices.Where(c => !string.IsNullOrEmpty(c.Value)).ToDictionary();
    }

    private async Task<int> ResultCountAsync(string url)
    {
        var heading = (await _client.GetDocumentAsync(url)).QuerySelector(".results-count")!.TextContent;
        return int.Parse(heading.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\((\d+)\)$")]
    private static partial Regex CountInLabel();
}
