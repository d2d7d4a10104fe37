using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Browser.Tests.Support;
using Storefront.Domain.Catalog;

namespace Storefront.Browser.Tests;

/// <summary>What a shopper on a 390 px phone sees after choosing, typing, adding, searching, filtering and paying.</summary>
public sealed class PhoneShopperTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_price_follows_the_chosen_size()
    {
        var product = await fixture.App.WithDbAsync(db => db.Products.AsNoTracking().Include(p => p.Variants)
            .Where(p => p.Status == ProductStatus.Published).ToListAsync());
        var (slug, variant) = product
            .SelectMany(p => p.Variants.Where(v => v.Available > 0 && p.Variants.Any(o => o.Colour == v.Colour && o.Price.Amount != v.Price.Amount)).Select(v => (p.Slug.Value, v)))
            .OrderByDescending(x => x.v.Price.Amount).First();
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/products/{slug}?colour={Uri.EscapeDataString(variant.Colour)}");

        await page.Locator(".size-option", new() { Has = page.Locator($"input[value='{variant.Id}']") }).ClickAsync();

        await Assertions.Expect(page.Locator(".variant-price:visible .price-now")).ToHaveTextAsync(variant.Price.Amount.ToString("$0.00"));
        await BrowserFixture.ScreenshotAsync(page, "phone-1-price-follows-size");
    }

    [Fact]
    public async Task A_typed_quantity_and_the_stepper_are_what_checkout_charges()
    {
        var sock = await fixture.App.WithDbAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Variants.All(v => v.StockOnHand - v.Reserved > 8) && p.Variants.Select(v => v.Price.Amount).Distinct().Count() == 1)
            .OrderBy(p => p.Name).Select(p => new { p.Slug, p.FromPrice }).FirstAsync());
        var (slug, price) = (sock.Slug.Value, sock.FromPrice);
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/products/{slug}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.WaitForURLAsync("**/cart");

        await page.Locator(".stepper input").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^One more") }).ClickAsync();
        await Assertions.Expect(page.Locator(".stepper input")).ToHaveValueAsync("4");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^One more") }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".stepper input")).ToHaveValueAsync("5");
        await BrowserFixture.ScreenshotAsync(page, "phone-2-cart-stepper");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/test-payment/**");

        await Assertions.Expect(page.Locator(".order-lines tbody td").Nth(1)).ToHaveTextAsync("5");
        await Assertions.Expect(page.Locator("[data-testid=order-total]")).ToHaveTextAsync((price * 5).ToString("$0.00"));
    }

    [Fact]
    public async Task Adding_from_the_guide_asks_for_colour_and_size_and_stays_at_the_section()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/learn/leg-cramps#pregnancy");
        var card = page.Locator("#pregnancy .sock-card").First;
        var select = card.Locator("select[name=VariantId]");
        await Assertions.Expect(select).ToHaveValueAsync(string.Empty);

        var choice = await select.Locator("option").Nth(2).GetAttributeAsync("value");
        await select.SelectOptionAsync(choice!);
        await card.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();

        await page.WaitForURLAsync("**/learn/leg-cramps?added=*#sock-pregnancy-*");
        var note = page.Locator("[data-testid=added-note]");
        await Assertions.Expect(note).ToHaveTextAsync("Added — view cart");
        await Assertions.Expect(note).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("1");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-3-guide-added.png") });
    }

    [Fact]
    public async Task Search_suggests_as_you_type_by_keyboard_and_keeps_the_query()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/");
        var box = page.Locator("#header-search");

        await box.PressSequentiallyAsync("kne");
        await Assertions.Expect(page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-5-search-suggestions.png") });
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#search-suggestions [aria-selected=true]")).ToHaveCountAsync(1);
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/products/**");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Knee-High");

        await box.FillAsync("runing sock");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/shop\?q=runing(\+|%20)sock#results$"));
        await Assertions.Expect(box).ToHaveValueAsync("runing sock");
        await Assertions.Expect(page.Locator(".product-card").First).ToBeInViewportAsync();
        await BrowserFixture.ScreenshotAsync(page, "phone-5-search-results");
    }

    [Fact]
    public async Task On_a_phone_the_socks_come_first_and_a_filter_lands_on_its_results_with_a_chip()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/shop");
        await Assertions.Expect(page.Locator(".product-card").First).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#style")).Not.ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-6-shop-folded.png") });

        await page.Locator(".filters-panel summary").ClickAsync();
        await page.Locator("#style").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/shop$"));
        await page.Locator("#style").SelectOptionAsync("knee-high");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await page.WaitForURLAsync("**/shop?style=knee-high*#results");
        await Assertions.Expect(page.Locator(".filter-chip")).ToContainTextAsync("Style: Knee-high");
        await Assertions.Expect(page.Locator("#results-heading")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-6-shop-filtered.png") });
    }

    [Fact]
    public async Task The_gallery_swaps_pictures_by_tap_and_arrow_keys_and_zooms_until_Escape()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/products/{await ManyColouredSlugAsync()}");
        var main = page.Locator(".gallery-main");
        var thumbs = page.Locator(".gallery-thumbs a");
        var url = page.Url;

        await thumbs.Nth(1).ClickAsync();
        await Assertions.Expect(main).ToHaveAttributeAsync("alt", await thumbs.Nth(1).Locator("img").GetAttributeAsync("alt") ?? string.Empty);
        await Assertions.Expect(thumbs.Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        Assert.Equal(url, page.Url);

        await thumbs.Nth(1).PressAsync("ArrowLeft");
        await Assertions.Expect(thumbs.Nth(0)).ToBeFocusedAsync();
        await Assertions.Expect(main).ToHaveAttributeAsync("alt", await thumbs.Nth(0).Locator("img").GetAttributeAsync("alt") ?? string.Empty);
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(thumbs.Nth(1)).ToBeFocusedAsync();
        await Assertions.Expect(thumbs.Nth(1)).ToHaveAttributeAsync("aria-current", "true");

        await page.Locator(".gallery-zoom").ClickAsync();
        var zoomed = page.GetByRole(AriaRole.Dialog, new() { Name = "Picture, full size" });
        await Assertions.Expect(zoomed).ToBeVisibleAsync();
        await Assertions.Expect(zoomed.Locator("img")).ToHaveAttributeAsync("alt", await main.GetAttributeAsync("alt") ?? string.Empty);
        await Assertions.Expect(zoomed.GetByRole(AriaRole.Button, new() { Name = "Close" })).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-9-picture-zoomed.png") });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(zoomed).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".gallery-zoom")).ToBeFocusedAsync();
        Assert.Equal(url, page.Url);
    }

    [Fact]
    public async Task Another_colour_replaces_picture_and_sizes_in_place_keeping_the_scroll_position()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/products/{await ManyColouredSlugAsync()}");
        var swatch = page.Locator(".colour-picker a.swatch:not([aria-current])").First;
        var colour = await swatch.Locator(".swatch-name").TextContentAsync() ?? string.Empty;
        await page.Locator(".size-picker").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(scrolled > 0, "the page should be scrolled down to the picker");

        await swatch.ClickAsync();

        await Assertions.Expect(page.Locator(".colour-picker legend strong")).ToHaveTextAsync(colour);
        await Assertions.Expect(page.Locator(".gallery-main")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex($" in {colour}$"));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"[?]colour={Uri.EscapeDataString(colour)}&size=[^#]+$"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was loaded again");
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
        await Assertions.Expect(page.Locator(".colour-picker a[aria-current=true]")).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-9-colour-switched.png") });
    }

    [Fact]
    public async Task The_finder_lands_on_its_results_on_a_phone()
    {
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/learn/leg-cramps/finder");

        await page.GetByLabel("At night").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show likely causes" }).ClickAsync();

        await page.WaitForURLAsync("**/finder?*#results");
        var heading = page.Locator("[data-testid=finder-count]");
        await Assertions.Expect(heading).ToContainTextAsync("matched");
        await Assertions.Expect(heading).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-8-finder-results.png") });
    }

    [Fact]
    public async Task After_paying_the_success_page_says_where_the_email_went_and_what_happens_next()
    {
        var slug = await fixture.App.WithDbAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Variants.Any(v => v.StockOnHand - v.Reserved > 5)).OrderBy(p => p.Name).Select(p => p.Slug).FirstAsync());
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/products/{slug.Value}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/test-payment/**");
        await BrowserFixture.ScreenshotAsync(page, "phone-4-test-payment");

        await page.Locator("#Email").FillAsync("phone@example.com");
        await page.Locator("button", new() { HasTextString = "Pay $" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/success?session_id=**");

        await Assertions.Expect(page.Locator("[data-testid=confirmation-email]")).ToHaveTextAsync("phone@example.com");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Continue shopping" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "phone-11-success");
    }

    /// <summary>A product in more than one colour, so it has a picture per colour.</summary>
    private async Task<string> ManyColouredSlugAsync() =>
        (await fixture.App.WithDbAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Images.Count >= 2 && p.Variants.Select(v => v.Colour).Distinct().Count() >= 2)
            .OrderBy(p => p.Name).Select(p => p.Slug).FirstAsync())).Value;
}
