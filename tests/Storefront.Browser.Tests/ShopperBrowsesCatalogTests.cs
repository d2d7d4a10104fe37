using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Browser.Tests.Support;

namespace Storefront.Browser.Tests;

public sealed class ShopperBrowsesCatalogTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Shopper_opens_the_home_page_filters_the_catalog_opens_a_product_and_chooses_a_size()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".shipping-banner")).ToHaveTextAsync("Free shipping on orders of $55 or more");
        await BrowserFixture.ScreenshotAsync(page, "home-desktop");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Shop", Exact = true }).ClickAsync();
        // Choosing a filter applies nothing until Apply is pressed (a keyboard user can step through the options).
        await page.WaitForURLAsync("**/shop");
        await page.SelectOptionAsync("#style", "knee-high");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        // Polls the address rather than waiting for the next page's load event: that wait timed out now and then in CI
        // (twice in about ten full runs, always here) and never on its own. Any order of the query's fields will do.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/shop\?([^#]*&)?style=knee-high(&|#|$)"));
        await Assertions.Expect(page.Locator(".product-card").First).ToBeVisibleAsync();
        var names = await page.Locator(".product-card .product-card-meta").AllTextContentsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, meta => Assert.StartsWith("Knee-high", meta));
        await BrowserFixture.ScreenshotAsync(page, "catalog-desktop");

        await page.Locator(".product-card a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        var size = page.Locator(".size-option:not(.is-soldout)").Last;
        await size.ClickAsync();
        Assert.True(await size.Locator("input").IsCheckedAsync());
        await BrowserFixture.ScreenshotAsync(page, "product-desktop");
    }

    [Fact]
    public async Task Home_catalog_and_product_pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);

        await page.GotoAsync("/");
        await AssertFitsWidthAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "home-phone");

        await page.GotoAsync("/shop?style=knee-high");
        await AssertFitsWidthAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "catalog-phone");

        await page.Locator(".product-card a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        await AssertFitsWidthAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "product-phone");
    }

    private static async Task AssertFitsWidthAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the phone screen");
    }
}
