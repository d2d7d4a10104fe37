using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Browser.Tests.Support;
using Storefront.Domain.Catalog;

namespace Storefront.Browser.Tests;

public sealed class ShopperBuysSocksTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Shopper_adds_two_pairs_watches_free_shipping_unlock_pays_with_the_test_gateway_and_sees_the_paid_order()
    {
        // A pair that costs more than half the threshold, so one pair is below it and two are above.
        var product = await fixture.App.WithDbAsync(db => db.Products.AsNoTracking().Include(p => p.Variants)
            .Where(p => p.Status == ProductStatus.Published && p.FromPrice >= 28m && p.FromPrice < 55m)
            .OrderBy(p => p.FromPrice)
            .FirstAsync());
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/shop");
        await page.GotoAsync($"/products/{product.Slug.Value}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await Assertions.Expect(page.Locator("[data-testid=free-shipping-progress]")).ToContainTextAsync("away from free shipping");
        await Assertions.Expect(page.Locator("[data-testid=shipping]")).ToHaveTextAsync("$5.95");
        await Assertions.Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "cart-below-free-shipping");

        await page.GotoAsync($"/products/{product.Slug.Value}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await Assertions.Expect(page.Locator("[data-testid=free-shipping-progress]")).ToContainTextAsync("You've unlocked free shipping");
        await Assertions.Expect(page.Locator("[data-testid=shipping]")).ToHaveTextAsync("Free");
        await Assertions.Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("2");
        await BrowserFixture.ScreenshotAsync(page, "cart-free-shipping");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/test-payment/**");
        await Assertions.Expect(page.Locator(".test-payment-label")).ToHaveTextAsync("Test payment — no card is charged");
        await BrowserFixture.ScreenshotAsync(page, "test-payment");

        await page.Locator("button", new() { HasTextString = "Pay $" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/success?session_id=**");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you — your order is paid");
        await Assertions.Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("0");
        await BrowserFixture.ScreenshotAsync(page, "checkout-success");

        await page.Locator("[data-testid=order-link]").ClickAsync();
        await page.WaitForURLAsync("**/orders/SF-**");
        await Assertions.Expect(page.Locator("[data-testid=order-status]")).ToContainTextAsync("Paid");
        await BrowserFixture.ScreenshotAsync(page, "order-page");
    }

    [Fact]
    public async Task The_cart_reads_well_on_a_phone()
    {
        var slug = await fixture.App.WithDbAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Variants.Any(v => v.StockOnHand - v.Reserved > 2))
            .OrderBy(p => p.FromPrice)
            .Select(p => p.Slug)
            .FirstAsync());
        var page = await fixture.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/products/{slug.Value}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.WaitForURLAsync("**/cart");

        await Assertions.Expect(page.Locator(".cart-line")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".gap-suggestions .product-card").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "cart-phone");
    }
}
