using System.Net;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class CartAfterPaymentTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task After_a_paid_order_the_browser_shops_under_a_new_cart_id_and_the_old_one_no_longer_shows_the_order()
    {
        var variant = await factory.VariantAsync(20m, stock: 10);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var paid = await shopper.PostAsync(await shopper.CheckoutAsync() + "?handler=Pay");
        var success = paid.Headers.Location!.ToString();

        var page = await shopper.Client.GetAsync(success);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("storefront_cart=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(HttpStatusCode.NotFound, (await shopper.Client.GetAsync(success)).StatusCode);
        await shopper.AddAsync(variant);
        var order = (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant));
        var carts = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Carts.Where(c => c.Lines.Any(l => l.VariantId == variant)).Select(c => c.Id)));
        Assert.DoesNotContain(order.CartId, carts);
        Assert.Single(carts);
    }
}
