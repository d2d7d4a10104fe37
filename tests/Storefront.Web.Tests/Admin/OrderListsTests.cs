using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

/// <summary>Abandoned checkouts stay out of the admin's way; paid orders waiting to ship are listed oldest first.</summary>
public sealed class OrderListsTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Unpaid_checkouts_are_hidden_from_the_order_list_until_asked_for_or_searched()
    {
        var unpaid = await factory.PlaceOrderAsync(paid: false);
        var paid = await factory.PlaceOrderAsync(paid: true, email: "paid@example.test");
        var admin = await factory.SignInAsync();

        var list = (await admin.GetDocumentAsync("/admin/orders")).QuerySelector(".order-table tbody")!.TextContent;
        var all = (await admin.GetDocumentAsync("/admin/orders?unpaid=true")).QuerySelector(".order-table tbody")!.TextContent;
        var searched = (await admin.GetDocumentAsync($"/admin/orders?q={unpaid.Number}")).QuerySelector(".order-table tbody")!.TextContent;

        Assert.Contains(paid.Number, list);
        Assert.DoesNotContain(unpaid.Number, list);
        Assert.Contains(unpaid.Number, all);
        Assert.Contains(unpaid.Number, searched);
    }

    [Fact]
    public async Task The_dashboard_lists_paid_orders_ready_to_ship_oldest_first()
    {
        var older = await factory.PlaceOrderAsync(paid: true, daysAgo: 3);
        var newer = await factory.PlaceOrderAsync(paid: true, daysAgo: 1);
        var unpaid = await factory.PlaceOrderAsync(paid: false);
        var admin = await factory.SignInAsync();

        var items = (await admin.GetDocumentAsync("/admin")).QuerySelectorAll("[data-testid=ready-to-ship] li a").Select(a => a.TextContent).ToList();

        Assert.True(items.IndexOf(older.Number) < items.IndexOf(newer.Number) && items.IndexOf(older.Number) >= 0);
        Assert.DoesNotContain(unpaid.Number, items);
    }
}
