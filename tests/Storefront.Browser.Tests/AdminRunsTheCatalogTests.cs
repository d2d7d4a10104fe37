using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Storefront.Browser.Tests.Support;
using Storefront.Web.Tests.Support;

namespace Storefront.Browser.Tests;

public sealed class AdminRunsTheCatalogTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_signs_in_creates_a_product_with_a_variant_and_a_picture_publishes_it_and_finds_it_in_the_shop()
    {
        await fixture.App.EnsureUserAsync("browser-admin@example.test", admin: true);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/admin/products");
        await page.WaitForURLAsync("**/admin/login**");
        await page.GetByLabel("Email").FillAsync("browser-admin@example.test");
        await page.GetByLabel("Password").FillAsync(AdminSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/products");
        await BrowserFixture.ScreenshotAsync(page, "admin-product-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "New product" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Harbour Stripe Crew");
        await page.GetByLabel("Style").SelectOptionAsync("Crew");
        await page.GetByLabel("Description").FillAsync("Light **15–20 mmHg** support for long days on your feet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".admin-notice")).ToContainTextAsync("Draft created");

        await page.Locator("#NewVariant_Sku").FillAsync("HARBOUR-CREW-M");
        await page.Locator("#NewVariant_Size").FillAsync("M");
        await page.Locator("#NewVariant_Colour").FillAsync("Navy");
        await page.Locator("#NewVariant_Price").FillAsync("26.00");
        await page.Locator("#NewVariant_StockOnHand").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add variant" }).ClickAsync();
        await Assertions.Expect(page.Locator(".admin-notice")).ToContainTextAsync("Variant HARBOUR-CREW-M added");

        await page.Locator("#image-file").SetInputFilesAsync(new FilePayload { Name = "harbour.png", MimeType = "image/png", Buffer = Png() });
        await page.Locator("#image-alt").FillAsync("Navy crew sock with a harbour stripe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload picture" }).ClickAsync();
        await Assertions.Expect(page.Locator(".image-list img")).ToHaveCountAsync(1);

        await page.Locator("#Input_Status").SelectOptionAsync("Published");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview description" }).ClickAsync();
        await Assertions.Expect(page.Locator(".markdown-preview strong")).ToHaveTextAsync("15–20 mmHg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Assertions.Expect(page.Locator(".admin-notice")).ToContainTextAsync("Product saved");
        await BrowserFixture.ScreenshotAsync(page, "admin-product-editor");

        await page.GotoAsync("/shop?q=Harbour");
        await page.Locator(".product-card a", new() { HasText = "Harbour Stripe Crew" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Harbour Stripe Crew");
        await Assertions.Expect(page.Locator("img[alt='Navy crew sock with a harbour stripe']").First).ToBeVisibleAsync();

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.Locator(".admin-stats").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-dashboard");
    }

    [Fact]
    public async Task Admin_sees_the_sales_chart_and_a_flagged_order_then_ships_a_paid_order()
    {
        await fixture.App.EnsureUserAsync("orders-admin@example.test", admin: true);
        foreach (var daysAgo in new[] { 0, 0, 1, 3, 3, 3, 6, 9, 12, 12, 20, 27 })
        {
            await fixture.App.PlaceOrderAsync(paid: true, daysAgo: daysAgo);
        }

        var paid = await fixture.App.PlaceOrderAsync(paid: true, email: "jo@example.test");
        await fixture.App.PlaceOrderAsync(paid: false, flag: "Charged $1.00 but the order totals $47.00.");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("Email").FillAsync("orders-admin@example.test");
        await page.GetByLabel("Password").FillAsync(AdminSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flagged-orders")).ToContainTextAsync("Charged $1.00");
        await Assertions.Expect(page.Locator("svg.sales-chart rect.bar")).ToHaveCountAsync(30);
        await BrowserFixture.ScreenshotAsync(page, "admin-dashboard-with-orders");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".order-table .row-flagged")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "admin-orders");
        await page.GetByRole(AriaRole.Link, new() { Name = paid.Number }).ClickAsync();
        await page.GetByLabel("Tracking number").FillAsync("1Z999AA10123456784");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark shipped" }).ClickAsync();
        await Assertions.Expect(page.Locator(".order-history")).ToContainTextAsync("Shipped with tracking number 1Z999AA10123456784");
        await BrowserFixture.ScreenshotAsync(page, "admin-order-detail");
    }

    private static byte[] Png()
    {
        using var image = new Image<Rgba32>(600, 600, new Rgba32(23, 66, 95));
        for (var y = 260; y < 340; y++)
        {
            for (var x = 0; x < 600; x++)
            {
                image[x, y] = new Rgba32(246, 196, 83);
            }
        }

        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
