using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Storefront.Browser.Tests.Support;
using Storefront.Domain.Catalog;
using Storefront.Web.Tests.Support;

namespace Storefront.Browser.Tests;

/// <summary>axe finds no violation on any shopper page state or admin page, on a phone or a desktop.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Viewports => ["phone", "desktop"];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Every_shopper_page_state_has_no_axe_violation(string viewport)
    {
        var slug = await fixture.App.WithDbAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Variants.Any(v => v.StockOnHand - v.Reserved > 5) && p.FromPrice < 40m)
            .OrderBy(p => p.Name).Select(p => p.Slug).FirstAsync());
        var page = await fixture.NewPageAsync(Size(viewport));
        var found = new List<string>();

        await CheckAsync(page, "/", found);
        await CheckAsync(page, "/shop?style=knee-high&compression=20-30&q=black#results", found);
        await CheckAsync(page, $"/products/{slug.Value}", found);
        await page.Locator(".gallery-zoom").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await CheckAsync(page, null, found, "product with its picture zoomed");
        await page.Keyboard.PressAsync("Escape");
        await CheckAsync(page, "/learn", found);
        await CheckAsync(page, "/learn/leg-cramps", found);
        await CheckAsync(page, "/learn/leg-cramps/finder?a=at-night&a=pregnant&find=1#results", found);
        await CheckAsync(page, "/cart", found);
        await CheckAsync(page, "/no-such-page", found);

        await page.GotoAsync($"/products/{slug.Value}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await CheckAsync(page, null, found, "cart with lines");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/test-payment/**");
        await CheckAsync(page, null, found, "test payment");
        await page.Locator("#PostalCode").FillAsync("abc");
        await page.Locator("button", new() { HasTextString = "Pay $" }).ClickAsync();
        await CheckAsync(page, null, found, "test payment with an error");

        await page.Locator("#PostalCode").FillAsync("62701");
        await page.Locator("button", new() { HasTextString = "Pay $" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/success?session_id=**");
        await CheckAsync(page, null, found, "success");
        await page.Locator("[data-testid=order-link]").ClickAsync();
        await page.WaitForURLAsync("**/orders/SF-**");
        await CheckAsync(page, null, found, "order page");

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Every_admin_page_has_no_axe_violation(string viewport)
    {
        var order = await fixture.App.PlaceOrderAsync(paid: true, email: $"axe-{viewport}@example.test");
        var productId = await fixture.App.WithDbAsync(db => db.Products.Select(p => p.Id).FirstAsync());
        await fixture.App.EnsureUserAsync("axe-admin@example.test", admin: true);
        var page = await fixture.NewPageAsync(Size(viewport));
        var found = new List<string>();

        await CheckAsync(page, "/admin/login", found);
        await page.GetByLabel("Email").FillAsync("axe-admin@example.test");
        await page.GetByLabel("Password").FillAsync(AdminSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        foreach (var url in new[]
        {
            "/admin", "/admin/orders", $"/admin/orders/{order.Id}", "/admin/products", $"/admin/products/{productId}",
            "/admin/products/new", "/admin/products/import", "/admin/categories", "/admin/audit",
            "/admin/account/password",
        })
        {
            await CheckAsync(page, url, found);
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static ViewportSize Size(string viewport) => viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop;

    /// <summary>Runs axe on the page (after going to <paramref name="url"/> when given) and notes each violation with where it was.</summary>
    private static async Task CheckAsync(IPage page, string? url, List<string> found, string? name = null)
    {
        if (url is not null)
        {
            await page.GotoAsync(url);
        }

        var result = await page.RunAxe();
        found.AddRange(result.Violations.Select(v =>
            $"{name ?? url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
    }
}
