using System.Net;
using System.Xml.Linq;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>A second guide is one JSON file (in the test data only): it renders, is listed and mapped, and links socks both ways.</summary>
public sealed class SecondGuideTests(SecondGuideFactory factory) : IClassFixture<SecondGuideFactory>
{
    private const string Url = $"/learn/{SecondGuideFactory.Slug}";

    [Fact]
    public async Task It_renders_with_its_sections_evidence_and_socks_and_has_no_finder()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync(Url);

        Assert.Equal("Heavy Legs After a Day at Work", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.GetElementById("standing-all-day"));
        Assert.NotEmpty(LegCrampGuide.SockNames(page.GetElementById("standing-all-day")));
        Assert.Equal("Established", page.QuerySelector("li.strategy[data-kind='compression'] .evidence")?.TextContent.Trim());
        Assert.Null(page.QuerySelector(".finder-teaser"));
        Assert.Empty(page.QuerySelectorAll("a[href*='/finder']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Url}/finder")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_every_guide_and_only_the_finders_that_exist()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await factory.CreateClient().GetStringAsync("/sitemap.xml"));
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToHashSet();

        Assert.Contains($"http://localhost{Url}", locations);
        Assert.Contains($"http://localhost{LegCrampGuide.Url}", locations);
        Assert.Contains($"http://localhost{LegCrampGuide.FinderUrl}", locations);
        Assert.DoesNotContain($"http://localhost{Url}/finder", locations);
    }

    [Fact]
    public async Task Every_sock_it_suggests_links_to_a_product_page_that_links_back_to_the_section()
    {
        var client = factory.CreateClient();
        var cards = (await client.GetDocumentAsync(Url)).QuerySelectorAll(".sock-card").ToList();

        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var product = await client.GetDocumentAsync(card.QuerySelector("a.sock-card-link")!.GetAttribute("href")!);
            Assert.NotNull(product.QuerySelector($".why-it-helps a[href='{Url}#standing-all-day']"));
        }
    }

    [Fact]
    public async Task Learn_lists_both_guides_and_the_home_page_features_only_the_one_marked_featured()
    {
        var client = factory.CreateClient();

        var learn = await client.GetDocumentAsync("/learn");
        var home = await client.GetDocumentAsync("/");

        Assert.NotNull(learn.QuerySelector($".guide-summary a[href='{Url}']"));
        Assert.NotNull(learn.QuerySelector($".guide-summary a[href='{LegCrampGuide.Url}']"));
        Assert.NotNull(home.QuerySelector($".guide-teaser a[href='{LegCrampGuide.Url}']"));
        Assert.Null(home.QuerySelector($"a[href='{Url}']"));
        Assert.NotNull(home.QuerySelector(".main-nav a[href='/learn']"));
    }
}
