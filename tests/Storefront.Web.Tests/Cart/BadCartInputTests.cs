using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Cart;

public sealed class BadCartInputTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private Task<int> CartLinesAsync() => factory.WithDbAsync(db => db.Carts.SelectMany(c => c.Lines).CountAsync());

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("11")]
    [InlineData("2147483648")]
    [InlineData("two")]
    [InlineData("")]
    public async Task A_quantity_outside_1_to_10_or_not_a_number_is_a_readable_400_and_nothing_is_written(string quantity)
    {
        var variant = await factory.VariantAsync(20m);
        var shopper = new Shopper(factory);
        var before = await CartLinesAsync();

        var response = await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", quantity));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Choose a quantity from 1 to 10.", page.QuerySelector("[data-testid=cart-errors]")?.TextContent);
        Assert.Equal(before, await CartLinesAsync());
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("0d5c4a5e-1c9b-4c5e-9a55-3f2b1d0e7a11")]
    [InlineData("not-a-guid")]
    [InlineData("<script>alert(1)</script>")]
    public async Task An_unknown_or_malformed_variant_id_is_a_readable_400_and_nothing_is_written(string variantId)
    {
        var shopper = new Shopper(factory);
        var before = await CartLinesAsync();

        var response = await shopper.PostAsync("/cart/add", ("VariantId", variantId), ("Quantity", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches("Choose a size and colour|not for sale", body);
        Assert.DoesNotContain("<script>alert(1)</script>", body);
        Assert.Equal(before, await CartLinesAsync());
    }

    [Fact]
    public async Task A_variant_of_an_unpublished_product_cannot_be_added()
    {
        var variant = await factory.VariantAsync(20m);
        await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.FirstAsync(p => p.Variants.Any(v => v.Id == variant));
            product.Unpublish();
            await db.SaveChangesAsync();
        });
        var shopper = new Shopper(factory);

        var response = await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not for sale", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_price_sent_with_the_form_is_ignored_and_the_catalog_price_is_charged()
    {
        var variant = await factory.VariantAsync(24m);
        var shopper = new Shopper(factory);

        await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "2"), ("Price", "0.01"), ("UnitPrice", "0.01"), ("SeenUnitPrice", "0.01"));
        var cart = await shopper.CartAsync();

        Assert.Equal("$48.00", cart.QuerySelector("[data-testid=subtotal]")?.TextContent);
    }

    [Fact]
    public async Task Forms_other_than_add_to_cart_are_refused_with_400_without_an_antiforgery_token()
    {
        var variant = await factory.VariantAsync(20m);
        var client = factory.CreateBrowserlessClient();

        var add = await client.PostAsync("/cart/add", new FormUrlEncodedContent([new("VariantId", variant.ToString()), new("Quantity", "1")]));
        var update = await client.PostAsync("/cart/update", new FormUrlEncodedContent([new($"Lines[{variant}]", "3")]));
        var checkout = await client.PostAsync("/checkout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.SeeOther, add.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, checkout.StatusCode);
        Assert.Equal("1", (await client.GetDocumentAsync("/cart")).QuerySelector("[data-testid=cart-count]")?.TextContent);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    public async Task An_add_to_cart_posted_from_another_site_is_refused_with_403_and_adds_nothing(string header, string value)
    {
        var variant = await factory.VariantAsync(20m);
        var client = factory.CreateBrowserlessClient();

        using var add = new HttpRequestMessage(HttpMethod.Post, "/cart/add") { Content = new FormUrlEncodedContent([new("VariantId", variant.ToString()), new("Quantity", "1")]) };
        add.Headers.Add(header, value);
        var response = await client.SendAsync(add);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "a refused add must not start a cart");
        Assert.Contains("0", (await client.GetDocumentAsync("/cart")).QuerySelector("[data-testid=cart-count]")?.TextContent);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    [InlineData("Origin", "http://localhost")]
    public async Task An_add_to_cart_from_the_shop_itself_needs_no_token(string header, string value)
    {
        var variant = await factory.VariantAsync(20m);
        var client = factory.CreateBrowserlessClient();

        using var add = new HttpRequestMessage(HttpMethod.Post, "/cart/add") { Content = new FormUrlEncodedContent([new("VariantId", variant.ToString()), new("Quantity", "2")]) };
        add.Headers.Add(header, value);

        Assert.Equal(HttpStatusCode.SeeOther, (await client.SendAsync(add)).StatusCode);
        Assert.Equal("2", (await client.GetDocumentAsync("/cart")).QuerySelector("[data-testid=cart-count]")?.TextContent);
    }

    [Fact]
    public async Task Checking_out_an_empty_cart_says_so_on_the_cart_page_and_creates_no_order()
    {
        var shopper = new Shopper(factory);
        var ordersBefore = (await factory.OrdersAsync()).Count;

        var destination = await shopper.CheckoutAsync();
        var cart = await shopper.CartAsync();

        Assert.Equal("/cart", destination);
        Assert.Contains("Your cart is empty", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        Assert.Equal(ordersBefore, (await factory.OrdersAsync()).Count);
    }

    [Fact]
    public async Task Asking_for_more_than_is_in_stock_is_refused_with_how_many_are_left()
    {
        var variant = await factory.VariantAsync(20m, stock: 3);
        var shopper = new Shopper(factory);

        var response = await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "4"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Only 3 left in stock.", await response.Content.ReadAsStringAsync());
    }
}
