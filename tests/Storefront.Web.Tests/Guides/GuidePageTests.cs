using System.Text.Json;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

public sealed class GuidePageTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Every_cause_has_its_heading_and_anchor_and_a_contents_link_on_the_guide_page()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        Assert.Equal("What Causes Leg Cramps, and How Do I Avoid Them?", page.QuerySelector("h1")?.TextContent.Trim());
        foreach (var (anchor, heading) in LegCrampGuide.Causes)
        {
            var section = page.GetElementById(anchor);
            Assert.True(section is not null, $"#{anchor} is missing");
            Assert.Equal(heading, section.QuerySelector("h2")?.TextContent.Trim());
            Assert.NotEmpty(section.QuerySelectorAll("ul.strategies > li.strategy"));
            Assert.NotNull(page.QuerySelector($".toc a[href='#{anchor}']"));
        }

        Assert.Equal(LegCrampGuide.Causes.Select(c => c.Anchor), page.QuerySelectorAll("section.guide-section[id]").Select(s => s.Id).Take(LegCrampGuide.Causes.Count));
        Assert.NotNull(page.GetElementById("what-to-do-first"));
    }

    [Fact]
    public async Task Overexertion_reports_the_ultra_marathon_finding_with_its_source()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var text = page.GetElementById("overexertion")!.TextContent;
        Assert.Contains("56 km ultra-marathon", text);
        Assert.Contains("28 km", text);
        Assert.Contains("Schwellnus et al., 2011", text);
    }

    [Fact]
    public async Task Every_reference_is_listed_with_its_authors_year_and_link()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var references = page.QuerySelectorAll("#references li.reference").ToList();
        Assert.Equal(LegCrampGuide.ReferenceUrls.Count, references.Count);
        foreach (var url in LegCrampGuide.ReferenceUrls)
        {
            Assert.Single(references, r => r.QuerySelector("a")?.GetAttribute("href") == url);
        }

        Assert.Contains(references, r => r.TextContent.Contains("Schwellnus, Martin P., et al.", StringComparison.Ordinal) && r.TextContent.Contains("2011", StringComparison.Ordinal));
        Assert.Contains(references, r => r.TextContent.Contains("Marnach, Mary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sock_cards_appear_only_under_compression_strategies_and_every_compression_strategy_has_one()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var cards = page.QuerySelectorAll(".sock-card").ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.Equal("compression", card.Closest("li.strategy")?.GetAttribute("data-kind")));
        Assert.All(page.QuerySelectorAll("li.strategy[data-kind='compression']"), strategy =>
            Assert.InRange(strategy.QuerySelectorAll(".sock-card").Length, 1, 3));
        foreach (var anchor in new[] { "mineral-depletion", "dehydration", "medical-conditions", "medications" })
        {
            Assert.Empty(page.GetElementById(anchor)!.QuerySelectorAll(".sock-card"));
        }
    }

    [Theory]
    [InlineData("inadequate-blood-supply")]
    [InlineData("nerve-compression")]
    public async Task Sections_where_compression_can_harm_show_no_sock_and_send_the_reader_to_a_doctor(string anchor)
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var section = page.GetElementById(anchor)!;
        Assert.Empty(section.QuerySelectorAll(".sock-card, form, li.strategy[data-kind='compression']"));
        Assert.Contains("See a doctor first", section.QuerySelector(".no-socks")?.TextContent);
    }

    [Fact]
    public async Task The_suggested_socks_fit_what_each_section_recommends()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        Assert.All(LegCrampGuide.SockNames(page.GetElementById("pregnancy")), name => Assert.StartsWith("Maternity", name));
        Assert.DoesNotContain(LegCrampGuide.SockNames(page.GetElementById("age")), name => name.StartsWith("Maternity", StringComparison.Ordinal));
        Assert.Contains("Running Compression Knee-Highs", LegCrampGuide.SockNames(page.GetElementById("overexertion")));
        Assert.Contains("Medical Knee-High Socks 20–30 mmHg", LegCrampGuide.SockNames(page.GetElementById("venous-disease")));
    }

    [Fact]
    public async Task Each_card_shows_picture_level_price_why_and_posts_a_chosen_size_to_the_cart_without_a_per_visitor_token()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        Assert.All(page.QuerySelectorAll(".sock-card"), card =>
        {
            Assert.False(string.IsNullOrEmpty(card.QuerySelector("img")?.GetAttribute("alt")));
            Assert.Matches(@"\d+–\d+ mmHg", card.QuerySelector(".sock-card-meta")!.TextContent);
            Assert.Matches(@"From \$\d+\.\d\d", card.QuerySelector(".price")!.TextContent);
            Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".sock-card-why")?.TextContent));
            var form = card.QuerySelector("form")!;
            Assert.Equal("/cart/add", form.GetAttribute("action"));
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.NotEmpty(form.QuerySelectorAll("select[name='VariantId'] option"));
            Assert.Equal("1", form.QuerySelector("input[name='Quantity']")?.GetAttribute("value"));
            Assert.Null(form.QuerySelector("input[name='__RequestVerificationToken']"));
        });
    }

    [Fact]
    public async Task The_medical_note_is_visible_near_the_top()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var note = page.QuerySelector(".guide-header .medical-note")?.TextContent;
        Assert.Contains("not medical advice", note);
        Assert.Contains("doctor", note);
    }

    [Fact]
    public async Task The_page_describes_itself_as_a_schema_org_article_citing_its_references_and_mentioning_the_socks()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var article = json.RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal(LegCrampGuide.ReferenceUrls.Order(), article.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("url").GetString()!).Order());
        var mentioned = article.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(page.QuerySelectorAll(".sock-card-name").Select(n => n.TextContent.Trim()).Distinct().Order(), mentioned.Order());
    }

    [Fact]
    public async Task Every_strategy_shows_its_evidence_label_and_every_citation_links_to_an_entry_of_the_reference_list()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var strategies = page.QuerySelectorAll("li.strategy").ToList();
        Assert.All(strategies, s => Assert.Contains(
            s.QuerySelector(".evidence")?.TextContent.Trim(),
            new[] { "Established", "Limited evidence", "Expert opinion", "Ask a clinician first" }));
        var citations = page.QuerySelectorAll("li.strategy a.citation").ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.NotNull(page.QuerySelector($"#references li.reference{c.GetAttribute("href")}")));
        var travel = strategies.Single(s => s.TextContent.Contains("On long flights", StringComparison.Ordinal));
        Assert.Equal("Established", travel.QuerySelector(".evidence")?.TextContent.Trim());
        Assert.Equal("Clarke et al., 2021", travel.QuerySelector("a.citation")?.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("li.strategy[data-kind='compression']"), s => Assert.DoesNotContain("improve circulation", s.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_guide_says_how_it_was_written_with_its_sources_last_review_date_and_medical_note()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var section = page.GetElementById("how-this-guide-was-written")!;
        Assert.Equal("2026-12-01", section.QuerySelector(".last-reviewed time")?.GetAttribute("datetime"));
        Assert.NotNull(section.QuerySelector("a[href='#references']"));
        Assert.Contains("not medical advice", section.QuerySelector(".medical-note")?.TextContent);
        Assert.Contains("Limited evidence", section.TextContent);
        Assert.NotNull(page.QuerySelector(".toc a[href='#how-this-guide-was-written']"));
    }

    [Fact]
    public async Task The_learn_page_lists_the_guide()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/learn");

        Assert.NotNull(page.QuerySelector($".guide-summary a[href='{LegCrampGuide.Url}']"));
    }

    [Theory]
    [InlineData("/learn/no-such-guide")]
    [InlineData("/learn/Not%20A%20Slug")]
    public async Task An_unknown_guide_is_not_found(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
