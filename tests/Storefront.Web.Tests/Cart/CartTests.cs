using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Cart;

public sealed class CartTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Adding_the_same_sock_twice_merges_the_line_and_the_header_counts_the_items()
    {
        var variant = await factory.VariantAsync(16m);
        var shopper = new Shopper(factory);

        await shopper.AddAsync(variant, 2);
        await shopper.AddAsync(variant, 1);
        var cart = await shopper.CartAsync();
        var home = await shopper.Client.GetDocumentAsync("/");

        Assert.Single(cart.QuerySelectorAll(".cart-line"));
        Assert.Equal("3", cart.QuerySelector(".stepper input")?.GetAttribute("value"));
        Assert.Equal("3", home.QuerySelector("[data-testid=cart-count]")?.TextContent);
    }

    [Fact]
    public async Task The_cart_cookie_is_random_http_only_and_same_site_lax()
    {
        var variant = await factory.VariantAsync(16m);
        var shopper = new Shopper(factory);

        var response = await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "1"));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("storefront_cart=", StringComparison.Ordinal));
        Assert.Matches("^storefront_cart=[0-9a-f]{32};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Below_55_dollars_the_cart_charges_shipping_says_how_far_away_free_shipping_is_and_suggests_socks_that_close_the_gap()
    {
        var variant = await factory.VariantAsync(18.33m);
        var shopper = new Shopper(factory);

        await shopper.AddAsync(variant, 3);
        var cart = await shopper.CartAsync();

        Assert.Equal("$54.99", cart.QuerySelector("[data-testid=subtotal]")?.TextContent);
        Assert.Equal("$5.95", cart.QuerySelector("[data-testid=shipping]")?.TextContent);
        Assert.Equal("$60.94", cart.QuerySelector("[data-testid=total]")?.TextContent);
        Assert.Contains("You're $0.01 away from free shipping", cart.QuerySelector("[data-testid=free-shipping-progress]")?.TextContent);
        var suggestions = cart.QuerySelectorAll(".gap-suggestions .product-card");
        Assert.InRange(suggestions.Length, 1, 3);
        var prices = suggestions.Select(s => decimal.Parse(s.QuerySelector(".price")!.TextContent.TrimStart('$'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(prices.Order(), prices);
    }

    [Fact]
    public async Task At_55_dollars_shipping_is_free_and_the_cart_says_it_is_unlocked()
    {
        var variant = await factory.VariantAsync(27.50m);
        var shopper = new Shopper(factory);

        await shopper.AddAsync(variant, 2);
        var cart = await shopper.CartAsync();

        Assert.Equal("$55.00", cart.QuerySelector("[data-testid=subtotal]")?.TextContent);
        Assert.Equal("Free", cart.QuerySelector("[data-testid=shipping]")?.TextContent);
        Assert.Equal("$55.00", cart.QuerySelector("[data-testid=total]")?.TextContent);
        Assert.Contains("You've unlocked free shipping", cart.QuerySelector("[data-testid=free-shipping-progress]")?.TextContent);
        Assert.Empty(cart.QuerySelectorAll(".gap-suggestions"));
    }

    [Fact]
    public async Task A_price_change_since_adding_is_shown_and_checkout_waits_until_the_shopper_has_reviewed_it()
    {
        var variant = await factory.VariantAsync(20m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        await factory.RepriceAsync(variant, 22m);

        var cart = await shopper.CartAsync();
        var refused = await shopper.CheckoutAsync();
        var problem = (await shopper.CartAsync()).QuerySelector("[data-testid=cart-problem]")?.TextContent;
        await shopper.PostAsync("/cart/review");
        var accepted = await shopper.CheckoutAsync();

        Assert.Contains("changed from $20.00 to $22.00", cart.QuerySelector("[data-testid=cart-notices]")?.TextContent);
        Assert.Null(cart.QuerySelector(".checkout-button"));
        Assert.Equal("/cart", refused);
        Assert.Contains("changed since you last saw it", problem);
        Assert.Contains("/checkout/test-payment/", accepted);
        var order = (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant));
        Assert.Equal(new Money(22m), order.Lines.Single().UnitPrice);
    }

    [Fact]
    public async Task A_sold_out_sock_in_the_cart_is_shown_and_reviewing_removes_it()
    {
        var variant = await factory.VariantAsync(20m, stock: 2);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        await factory.RestockAsync(variant, 0);

        var cart = await shopper.CartAsync();
        await shopper.PostAsync("/cart/review");
        var reviewed = await shopper.CartAsync();

        Assert.Contains("has sold out", cart.QuerySelector("[data-testid=cart-notices]")?.TextContent);
        Assert.Empty(reviewed.QuerySelectorAll(".cart-line"));
    }

    [Fact]
    public async Task Changing_the_quantity_and_removing_a_line_work_as_plain_forms()
    {
        var variant = await factory.VariantAsync(16m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);

        var changed = await shopper.PostAsync("/cart/update", ($"Lines[{variant}]", "4"));
        var afterChange = await shopper.CartAsync();
        var removed = await shopper.PostAsync("/cart/remove", ("VariantId", variant.ToString()));
        var afterRemove = await shopper.CartAsync();

        Assert.Equal(System.Net.HttpStatusCode.SeeOther, changed.StatusCode);
        Assert.Equal("$64.00", afterChange.QuerySelector("[data-testid=subtotal]")?.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Empty(afterRemove.QuerySelectorAll(".cart-line"));
    }

    [Fact]
    public async Task The_test_gateway_pays_an_order_through_the_same_fulfilment_and_decline_puts_the_stock_back()
    {
        var variant = await factory.VariantAsync(30m, stock: 10);
        var payer = new Shopper(factory);
        await payer.AddAsync(variant, 2);
        var payPage = await payer.CheckoutAsync();
        var decliner = new Shopper(factory);
        await decliner.AddAsync(variant, 1);
        var declinePage = await decliner.CheckoutAsync();
        var emailsBefore = factory.EmailCount();

        var labelled = await payer.Client.GetDocumentAsync(payPage);
        var paid = await payer.PostAsync(payPage + "?handler=Pay", ("Name", "Ann"), ("Line1", "1 Main St"), ("City", "Springfield"), ("State", "IL"), ("PostalCode", "62701"), ("Email", "ann@example.com"));
        var strangerPays = await new Shopper(factory).PostAsync(declinePage + "?handler=Pay", ("Name", "Eve"), ("Line1", "x"), ("City", "x"), ("State", "IL"), ("PostalCode", "62701"));
        var declined = await decliner.PostAsync(declinePage + "?handler=Decline");
        var successPage = await payer.Client.GetDocumentAsync(paid.Headers.Location!.ToString());

        Assert.Equal("Test payment — no card is charged", labelled.QuerySelector(".test-payment-label")?.TextContent);
        Assert.Contains("Paid", successPage.QuerySelector("[data-testid=order-status]")?.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, strangerPays.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, declined.StatusCode);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((8, 0), (stock.StockOnHand, stock.Reserved));
        var order = await factory.ConfirmedOrderAsync(o => o.IsPaid && o.Lines.Any(l => l.VariantId == variant));
        Assert.Equal(emailsBefore + 1, factory.EmailCount());
        var email = await File.ReadAllTextAsync(Path.Combine(factory.EmailDirectory, $"confirmation-{order.Number}.eml"));
        Assert.Contains("ann@example.com", email);
        Assert.Contains("/orders/SF-", email);
    }

    [Fact]
    public async Task Orders_still_unpaid_after_their_session_expired_are_cancelled_and_their_stock_released()
    {
        var variant = await factory.VariantAsync(20m, stock: 6);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        await shopper.CheckoutAsync();
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Lines.Any(l => l.VariantId == variant));
            db.Entry(order).Property(o => o.ReservationExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var released = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReleaseExpiredReservationsCommand());

        Assert.Equal(1, released);
        Assert.Equal(0, (await factory.StockAsync(variant)).Reserved);
        Assert.Equal(OrderStatus.Cancelled, (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant)).Status);
    }
}
