using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

public sealed class ManagingOrdersTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task A_paid_order_is_found_by_email_shipped_with_a_tracking_number_then_refunded_through_the_gateway()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true, email: "runner@example.test");

        var list = await admin.GetDocumentAsync("/admin/orders?q=runner%40example&status=Paid");
        Assert.Contains(order.Number, list.QuerySelector(".order-table tbody")!.TextContent);
        var detail = await admin.GetDocumentAsync($"/admin/orders/{order.Id}");
        Assert.Contains("pi_test_admin", detail.Body!.TextContent);
        Assert.Contains("Jo Runner, 1 Main St", detail.Body!.TextContent);

        Assert.Contains("Give the carrier's tracking number (1 to 100 characters).", await (await PostAsync(admin, order.Id, "Ship", new() { ["trackingNumber"] = " " })).ErrorsAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, order.Id, "Ship", new() { ["trackingNumber"] = "1Z999AA10123456784" })).StatusCode);
        Assert.Contains("Only an unpaid order that is not under review can be cancelled; order", (await (await PostAsync(admin, order.Id, "Cancel", [])).ErrorsAsync())[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, order.Id, "Refund", [])).StatusCode);

        var saved = await OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Refunded, saved.Status);
        Assert.Equal("1Z999AA10123456784", saved.TrackingNumber);
        Assert.StartsWith("test_refund_", saved.RefundReference);
        // Created and Paid share one instant in this test data, so only the admin's own steps are checked for order.
        Assert.Equal(["Created", "Paid", "Refunded", "Shipped"], saved.Events.Select(e => e.Kind).Order());
        Assert.Equal(["Shipped", "Refunded"], saved.Events.Where(e => e.Kind is "Shipped" or "Refunded").OrderBy(e => e.At).Select(e => e.Kind));
        var history = (await admin.GetDocumentAsync($"/admin/orders/{order.Id}")).QuerySelector(".order-history")!.TextContent;
        Assert.Contains("Shipped with tracking number 1Z999AA10123456784", history);
        Assert.Contains("No action applies to a refunded order", (await admin.GetDocumentAsync($"/admin/orders/{order.Id}")).Body!.TextContent);
    }

    [Fact]
    public async Task A_shipped_order_shows_the_admin_the_carriers_tracking_link()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, order.Id, "Ship", new() { ["trackingNumber"] = "9400 1000 0000 0000 0000 00" })).StatusCode);

        var link = (await admin.GetDocumentAsync($"/admin/orders/{order.Id}")).QuerySelector("[data-testid=tracking] a")!;
        Assert.Equal("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000", link.GetAttribute("href"));
        Assert.Equal("track it with USPS", link.TextContent);
    }

    [Fact]
    public async Task A_tracking_number_of_no_known_carrier_is_shown_without_a_link()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true);

        await PostAsync(admin, order.Id, "Ship", new() { ["trackingNumber"] = "LOCAL-COURIER-7" });

        var tracking = (await admin.GetDocumentAsync($"/admin/orders/{order.Id}")).QuerySelector("[data-testid=tracking]")!;
        Assert.Equal("LOCAL-COURIER-7", tracking.TextContent.Trim());
        Assert.Null(tracking.QuerySelector("a"));
    }

    [Fact]
    public async Task Cancelling_an_unpaid_order_puts_its_reserved_socks_back_on_sale_and_it_cannot_be_shipped_or_refunded()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: false);
        var variantId = order.Lines[0].VariantId;
        var reservedBefore = (await factory.StockAsync(variantId)).Reserved;

        Assert.Contains("Only a paid order can be shipped", (await (await PostAsync(admin, order.Id, "Ship", new() { ["trackingNumber"] = "TRACK1" })).ErrorsAsync())[0]);
        Assert.Contains("Only a paid order can be refunded", (await (await PostAsync(admin, order.Id, "Refund", [])).ErrorsAsync())[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, order.Id, "Cancel", [])).StatusCode);

        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(order.Id)).Status);
        Assert.Equal(reservedBefore - 2, (await factory.StockAsync(variantId)).Reserved);
    }

    [Fact]
    public async Task An_action_on_an_order_that_changed_since_the_admin_opened_it_is_refused()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true);
        var stale = await VersionAsync(admin, order.Id);
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Orders.Include(o => o.Events).SingleAsync(o => o.Id == order.Id);
            tracked.MarkConfirmationSent(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        var errors = await (await PostAsync(admin, order.Id, "Ship", new() { ["trackingNumber"] = "TRACK2" }, stale)).ErrorsAsync();

        Assert.Contains("This order changed since you opened it (a payment or another admin). Look at it again before acting.", errors);
        Assert.Equal(OrderStatus.Paid, (await OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Flagged_orders_stand_out_in_the_list_and_on_the_dashboard_with_todays_revenue_and_a_30_day_chart()
    {
        var admin = await factory.SignInAsync();
        var paid = await factory.PlaceOrderAsync(paid: true);
        var flagged = await factory.PlaceOrderAsync(paid: false, flag: "Charged $1.00 but the order totals more.");

        var list = await admin.GetDocumentAsync("/admin/orders");
        var flaggedRow = list.QuerySelectorAll(".order-table tbody tr").Single(r => r.TextContent.Contains(flagged.Number));
        Assert.Contains("row-flagged", flaggedRow.ClassName);
        Assert.Contains("Flagged", flaggedRow.QuerySelector(".flag-badge")!.TextContent);

        var dashboard = await admin.GetDocumentAsync("/admin");
        Assert.Contains(flagged.Number, dashboard.QuerySelector(".flagged-orders")!.TextContent);
        Assert.Equal(30, dashboard.QuerySelectorAll("svg.sales-chart rect.bar").Length);
        var revenueToday = dashboard.QuerySelectorAll(".stat").Single(s => s.TextContent.Contains("revenue today")).QuerySelector("strong")!.TextContent;
        Assert.NotEqual("$0.00", revenueToday);
        Assert.Contains(paid.Total.ToString(), (await admin.GetDocumentAsync($"/admin/orders/{paid.Id}")).Body!.TextContent);
    }

    [Fact]
    public async Task Removing_a_variant_that_appears_in_an_order_retires_it_so_the_order_keeps_it()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true);
        var variantId = order.Lines[0].VariantId;
        var productId = await factory.WithDbAsync(db => db.Products.Where(p => p.Variants.Any(v => v.Id == variantId)).Select(p => p.Id).SingleAsync());

        var removed = await admin.PostToProductAsync(productId, "RemoveVariant", new() { ["variantId"] = variantId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.True((await factory.StockAsync(variantId)).IsRetired);
        Assert.Contains("The variant appears in orders, so it was retired", (await admin.GetDocumentAsync($"/admin/products/{productId}")).QuerySelector(".admin-notice")!.TextContent);
    }

    [Fact]
    public async Task A_flagged_order_charged_the_wrong_amount_is_refunded_and_its_held_socks_go_back_on_sale()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: false);
        var variantId = order.Lines[0].VariantId;
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Orders.Include(o => o.Events).SingleAsync(o => o.Id == order.Id);
            tracked.RecordPayment(new PaymentConfirmation(new Storefront.Domain.Common.Money(1.00m), "pi_wrong", null, "x@example.test"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var reservedBefore = (await factory.StockAsync(variantId)).Reserved;
        Assert.True((await OrderAsync(order.Id)).FlaggedForReview);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, order.Id, "Refund", [])).StatusCode);

        Assert.Equal(OrderStatus.Refunded, (await OrderAsync(order.Id)).Status);
        Assert.Equal(reservedBefore - 2, (await factory.StockAsync(variantId)).Reserved);
    }

    private Task<Order> OrderAsync(Guid id) =>
        factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Events).SingleAsync(o => o.Id == id));

    private static async Task<string> VersionAsync(HttpClient admin, Guid orderId)
    {
        var page = await admin.GetDocumentAsync($"/admin/orders/{orderId}");
        return ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='version']")!).Value;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, Guid orderId, string handler, Dictionary<string, string> fields, string? version = null)
    {
        fields["version"] = version ?? await VersionAsync(admin, orderId);
        return await admin.PostFormAsync($"/admin/orders/{orderId}", $"/admin/orders/{orderId}?handler={handler}", fields);
    }
}
