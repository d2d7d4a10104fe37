using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

public sealed class WhyItHelpsTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Every_why_it_helps_link_on_every_product_page_resolves_to_an_anchor_on_the_guide()
    {
        var client = factory.CreateClient();
        var slugs = await factory.WithDbAsync(db => db.Products.Where(p => p.Status == ProductStatus.Published).Select(p => p.Slug).ToListAsync());
        var guides = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>();
        var linksSeen = 0;

        foreach (var slug in slugs)
        {
            var product = await client.GetDocumentAsync($"/products/{slug.Value}");
            foreach (var link in product.QuerySelectorAll(".why-it-helps a[href]"))
            {
                var href = link.GetAttribute("href")!;
                var parts = href.Split('#');
                Assert.True(parts.Length == 2 && parts[0].StartsWith("/learn/", StringComparison.Ordinal), $"{href} on /products/{slug.Value} is not a guide section link");
                if (!guides.TryGetValue(parts[0], out var guide))
                {
                    guides[parts[0]] = guide = await client.GetDocumentAsync(parts[0]);
                }

                Assert.True(guide.GetElementById(parts[1]) is not null, $"{href} on /products/{slug.Value} points to a missing anchor");
                linksSeen++;
            }
        }

        Assert.True(linksSeen >= slugs.Count / 2, $"only {linksSeen} links on {slugs.Count} product pages");
    }

    [Fact]
    public async Task A_running_sock_explains_which_guide_strategies_it_fits()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/products/running-compression-knee-highs");

        var section = page.QuerySelector(".why-it-helps");
        Assert.NotNull(section);
        Assert.Contains("On long runs and race days", section.TextContent);
        Assert.NotNull(section.QuerySelector($"a[href='{LegCrampGuide.Url}#overexertion']"));
        Assert.Null(section.QuerySelector($"a[href='{LegCrampGuide.Url}#pregnancy']"));
    }

    [Fact]
    public async Task Why_it_helps_shows_the_strategys_evidence_label_and_a_short_citation_that_resolves_on_the_guide()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/products/running-compression-knee-highs");
        var guide = await client.GetDocumentAsync(LegCrampGuide.Url);

        var item = page.QuerySelectorAll(".why-it-helps li").Single(li => li.TextContent.Contains("On long runs and race days", StringComparison.Ordinal));
        Assert.Equal("Limited evidence", item.QuerySelector(".evidence")?.TextContent.Trim());
        var citation = item.QuerySelector("a.citation")!;
        Assert.Equal("Hill et al., 2014", citation.TextContent.Trim());
        Assert.Equal($"{LegCrampGuide.Url}#ref-hill-2014", citation.GetAttribute("href"));
        Assert.NotNull(guide.GetElementById("ref-hill-2014"));
        Assert.All(page.QuerySelectorAll(".why-it-helps li"), li => Assert.NotNull(li.QuerySelector(".evidence")));
    }

    [Fact]
    public async Task The_same_fit_read_from_both_sides_every_sock_on_the_guide_links_back_to_that_section()
    {
        var client = factory.CreateClient();
        var guide = await client.GetDocumentAsync(LegCrampGuide.Url);

        foreach (var card in guide.QuerySelectorAll(".sock-card"))
        {
            var anchor = card.Closest("section.guide-section")!.Id;
            var product = await client.GetDocumentAsync(card.QuerySelector("a.sock-card-link")!.GetAttribute("href")!);
            Assert.NotNull(product.QuerySelector($".why-it-helps a[href='{LegCrampGuide.Url}#{anchor}']"));
        }
    }
}
