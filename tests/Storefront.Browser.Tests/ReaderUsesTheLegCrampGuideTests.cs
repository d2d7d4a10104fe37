using Microsoft.Playwright;
using Storefront.Browser.Tests.Support;

namespace Storefront.Browser.Tests;

public sealed class ReaderUsesTheLegCrampGuideTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_opens_the_guide_jumps_to_a_cause_and_follows_a_suggested_sock_to_its_product_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Guides" }).ClickAsync();
        await page.Locator(".guide-summary h2 a[href='/learn/leg-cramps']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("What Causes Leg Cramps, and How Do I Avoid Them?");
        await Assertions.Expect(page.Locator(".guide-header .medical-note")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "guide-desktop");

        await page.Locator(".toc").GetByRole(AriaRole.Link, new() { Name = "Overexertion" }).ClickAsync();
        await page.WaitForURLAsync("**/learn/leg-cramps#overexertion");
        var card = page.Locator("#overexertion .sock-card").First;
        await Assertions.Expect(card).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Shot("guide-desktop-overexertion") });
        await Assertions.Expect(card.Locator("select[name='VariantId']")).ToBeEnabledAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Add to cart" })).ToBeVisibleAsync();
        var name = (await card.Locator(".sock-card-name").TextContentAsync())!.Trim();

        await card.Locator("a.sock-card-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator(".why-it-helps a[href='/learn/leg-cramps#overexertion']")).ToBeVisibleAsync();
        await page.Locator(".why-it-helps").ScreenshotAsync(new() { Path = Shot("product-why-it-helps") });
    }

    [Fact]
    public async Task Guide_reads_well_on_a_phone()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/learn/leg-cramps");

        await Assertions.Expect(page.Locator("#pregnancy .sock-card").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "guide-phone");
        await page.ScreenshotAsync(new() { Path = Shot("guide-phone-top") });
        await page.Locator("#pregnancy").ScreenshotAsync(new() { Path = Shot("guide-phone-pregnancy") });
        await page.Locator("#inadequate-blood-supply").ScreenshotAsync(new() { Path = Shot("guide-phone-arterial") });
        await page.Locator("#references").ScreenshotAsync(new() { Path = Shot("guide-phone-references") });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the guide scrolls sideways on a phone");
    }

    [Fact]
    public async Task Reader_answers_the_finder_then_adds_an_artery_condition_and_is_told_to_see_a_doctor_instead_of_socks()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/learn/leg-cramps/finder");
        await page.GetByLabel("At night").CheckAsync();
        await page.GetByLabel("I am over 50").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show likely causes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".finder-match").First.Locator("h3")).ToHaveTextAsync("Age");
        await Assertions.Expect(page.Locator(".finder-match").First.Locator(".sock-card").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "finder-desktop");

        await page.GetByLabel("an artery condition", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show likely causes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".see-doctor h2")).ToHaveTextAsync("Talk to a clinician before wearing compression");
        await Assertions.Expect(page.Locator(".finder-match").First.Locator("h3")).ToHaveTextAsync("Inadequate blood supply");
        await Assertions.Expect(page.Locator(".sock-card")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("At night")).ToBeCheckedAsync();

        await page.Locator(".finder-match").First.Locator("h3 a").ClickAsync();
        await page.WaitForURLAsync("**/learn/leg-cramps#inadequate-blood-supply");
        await Assertions.Expect(page.Locator("#inadequate-blood-supply .no-socks")).ToBeVisibleAsync();
        var phone = await fixture.NewPageAsync(BrowserFixture.Phone);
        await phone.GotoAsync("/learn/leg-cramps/finder?a=pregnant&a=at-night&find=1");
        await BrowserFixture.ScreenshotAsync(phone, "finder-phone");
        await phone.ScreenshotAsync(new() { Path = Shot("finder-phone-top") });
        await phone.Locator(".finder-results").ScreenshotAsync(new() { Path = Shot("finder-phone-results") });
    }

    /// <summary>A path for a screenshot of part of a page, next to the full-page ones.</summary>
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png");
}
