using System.Net;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

public sealed class CauseFinderPageTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task A_first_visit_shows_the_questions_as_a_get_form_that_works_without_javascript()
    {
        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.FinderUrl);

        var form = page.QuerySelector("form.finder-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var values = form.QuerySelectorAll("input[type='checkbox'][name='a']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal<string?>(LegCrampGuide.Answers, values);
        Assert.Empty(page.QuerySelectorAll(".finder-match"));
    }

    [Fact]
    public async Task Night_cramps_in_pregnancy_rank_pregnancy_first_with_maternity_socks_and_a_link_to_the_section()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=at-night&a=pregnant&find=1");

        var matches = page.QuerySelectorAll(".finder-match").ToList();
        Assert.Equal("pregnancy", matches[0].GetAttribute("data-anchor"));
        Assert.NotNull(matches[0].QuerySelector($"a[href='{LegCrampGuide.Url}#pregnancy']"));
        Assert.All(LegCrampGuide.SockNames(matches[0]), name => Assert.StartsWith("Maternity", name));
        Assert.NotEmpty(LegCrampGuide.SockNames(matches[0]));
        Assert.All(page.QuerySelectorAll("input[name='a'][checked]").Select(i => i.GetAttribute("value")), v => Assert.Contains(v, new[] { "at-night", "pregnant" }));
    }

    [Fact]
    public async Task An_artery_condition_puts_the_arterial_section_first_shows_no_sock_anywhere_and_says_to_see_a_doctor()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=artery-condition&a=during-exercise&a=over-50&a=long-sitting-or-standing&find=1");

        Assert.Equal("inadequate-blood-supply", page.QuerySelector(".finder-match")?.GetAttribute("data-anchor"));
        Assert.True(page.QuerySelectorAll(".finder-match").Length > 1);
        Assert.Empty(page.QuerySelectorAll(".sock-card, form[action='/cart/add']"));
        Assert.Equal("Talk to a clinician before wearing compression", page.QuerySelector(".see-doctor h2")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("artery-condition", "")]
    [InlineData("severe-neuropathy", "")]
    [InlineData("fragile-skin", "")]
    [InlineData("heart-failure-swelling", "")]
    [InlineData("artery-condition", "&a=at-night&a=vein-condition&a=long-sitting-or-standing")]
    [InlineData("severe-neuropathy", "&a=pregnant&a=at-night")]
    [InlineData("fragile-skin", "&a=vein-condition&a=over-50&a=at-night")]
    [InlineData("heart-failure-swelling", "&a=during-exercise&a=after-exercise&a=long-sitting-or-standing")]
    [InlineData("fragile-skin", "&a=heart-failure-swelling&a=severe-neuropathy&a=vein-condition")]
    public async Task A_contraindication_alone_or_with_other_answers_shows_the_clinician_message_and_no_product_anywhere(string contraindication, string others)
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a={contraindication}{others}&find=1");

        Assert.Equal("Talk to a clinician before wearing compression", page.QuerySelector(".see-doctor h2")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($".see-doctor li[data-answer='{contraindication}']"));
        Assert.Empty(page.QuerySelectorAll(".sock-card, form[action='/cart/add'], a[href^='/products/'], select[name='VariantId'], .no-fitting-sock"));
        Assert.All(page.QuerySelectorAll("li.strategy[data-kind='compression']"), s => Assert.NotNull(s.QuerySelector(".socks-withheld")));
    }

    [Fact]
    public async Task The_same_answers_without_the_contraindication_do_suggest_socks()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=vein-condition&a=over-50&a=at-night&find=1");

        Assert.Null(page.QuerySelector(".see-doctor"));
        Assert.NotEmpty(page.QuerySelectorAll(".sock-card a[href^='/products/']"));
    }

    [Fact]
    public async Task Severe_neuropathy_points_to_the_nerve_section_which_suggests_no_sock()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=severe-neuropathy&find=1");

        Assert.Equal("nerve-compression", page.QuerySelector(".finder-match")?.GetAttribute("data-anchor"));
    }

    [Fact]
    public async Task Strategies_in_the_finder_show_their_evidence_and_cite_the_guides_reference_list()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=after-exercise&find=1");

        Assert.All(page.QuerySelectorAll(".finder-match li.strategy"), s => Assert.NotNull(s.QuerySelector(".evidence")));
        Assert.Contains(page.QuerySelectorAll(".finder-match a.citation"), a => a.GetAttribute("href") == $"{LegCrampGuide.Url}#ref-hill-2014");
    }

    [Fact]
    public async Task A_vein_condition_without_an_artery_condition_suggests_firm_socks_on_a_doctors_advice()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=vein-condition&find=1");

        var first = page.QuerySelector(".finder-match")!;
        Assert.Equal("venous-disease", first.GetAttribute("data-anchor"));
        Assert.Contains("Medical Knee-High Socks 20–30 mmHg", LegCrampGuide.SockNames(first));
        Assert.Null(page.QuerySelector(".see-doctor"));
    }

    [Fact]
    public async Task A_named_medicine_puts_the_medications_section_first_with_no_socks()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=takes-named-medication&a=at-night&find=1");

        var first = page.QuerySelector(".finder-match")!;
        Assert.Equal("medications", first.GetAttribute("data-anchor"));
        Assert.Empty(LegCrampGuide.SockNames(first));
    }

    [Fact]
    public async Task Sending_the_form_with_no_answers_asks_for_one()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?find=1");

        Assert.Contains("Tick at least one answer", page.QuerySelector(".finder-results")?.TextContent);
        Assert.Empty(page.QuerySelectorAll(".finder-match"));
    }

    [Fact]
    public async Task Every_answer_at_once_lists_every_cause_with_a_cue_and_no_socks_because_of_the_artery_answer()
    {
        var all = string.Join('&', LegCrampGuide.Answers.Select(a => $"a={a}"));

        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?{all}&find=1");

        Assert.Equal(10, page.QuerySelectorAll(".finder-match").Length);
        Assert.Empty(page.QuerySelectorAll(".sock-card"));
        Assert.NotNull(page.QuerySelector(".see-doctor"));
    }

    [Theory]
    [InlineData("?a=sometimes&a=ARTERY-CONDITION&find=1")]
    [InlineData("?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&find=yes")]
    [InlineData("?a=&a=&find=")]
    [InlineData("?a[0]=at-night&a.b=1&find[]=1")]
    [InlineData("?a=at-night%00&a=..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_or_tampered_answers_get_a_sensible_page(string query)
    {
        var response = await factory.CreateClient().GetAsync(LegCrampGuide.FinderUrl + query);
        var body = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", body);
        Assert.NotNull(page.QuerySelector("form.finder-form"));
        Assert.Empty(page.QuerySelectorAll(".finder-match, input[name='a'][checked]"));
    }

    [Fact]
    public async Task Thousands_of_answers_and_huge_values_get_a_sensible_page()
    {
        var flood = string.Join('&', Enumerable.Repeat("a=" + new string('x', 2000), 300));

        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=over-50&{flood}&find=1");

        Assert.Equal("age", page.QuerySelector(".finder-match")?.GetAttribute("data-anchor"));
    }

    [Fact]
    public async Task A_post_to_the_finder_is_refused_without_changing_anything()
    {
        var response = await factory.CreateClient().PostAsync(LegCrampGuide.FinderUrl, new FormUrlEncodedContent([new("a", "at-night")]));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"POST answered {(int)response.StatusCode}");
    }
}
