using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Cart;

/// <summary>Checkout charges for the quantities the shopper sees in the cart, typed or stepped, never a stale one.</summary>
public sealed class TypedQuantityTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task A_quantity_typed_and_sent_with_check_out_is_saved_and_charged_without_pressing_update()
    {
        var variant = await factory.VariantAsync(12m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var cart = await shopper.CartAsync();
        Assert.Equal($"Lines[{variant}]", cart.QuerySelector(".stepper input")!.GetAttribute("name"));
        Assert.Equal("/checkout", cart.QuerySelector(".checkout-button")!.GetAttribute("formaction"));

        var response = await shopper.PostAsync("/checkout", ($"Lines[{variant}]", "3"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("/checkout/test-payment/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var ordered = await factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.Lines.Any(l => l.VariantId == variant)).Select(o => o.Lines.Single().Quantity).SingleAsync());
        Assert.Equal(3, ordered);
        Assert.Equal("3", (await shopper.CartAsync()).QuerySelector(".stepper input")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("abc")]
    public async Task A_quantity_out_of_range_sent_with_check_out_places_no_order_and_says_why(string typed)
    {
        var variant = await factory.VariantAsync(12m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);

        var response = await shopper.PostAsync("/checkout", ($"Lines[{variant}]", typed));
        var cart = await shopper.Client.GetDocumentAsync(response.Headers.Location!.ToString());

        Assert.Equal("/cart", response.Headers.Location!.ToString());
        Assert.Contains("Choose a quantity from 1 to 10.", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        Assert.Equal("2", cart.QuerySelector(".stepper input")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.Lines.Any(l => l.VariantId == variant))));
    }

    [Fact]
    public async Task Without_script_the_plus_and_minus_buttons_step_the_typed_quantity_and_never_below_one()
    {
        var variant = await factory.VariantAsync(12m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var buttons = (await shopper.CartAsync()).QuerySelectorAll(".stepper button");
        Assert.Equal(["Decrease", "Increase"], buttons.Select(b => b.GetAttribute("name")));

        await shopper.PostAsync("/cart/update", ($"Lines[{variant}]", "4"), ("Increase", variant.ToString()));
        var afterPlus = await shopper.CartAsync();
        await shopper.PostAsync("/cart/update", ($"Lines[{variant}]", "1"), ("Decrease", variant.ToString()));
        var afterMinus = await shopper.CartAsync();

        Assert.Equal("5", afterPlus.QuerySelector(".stepper input")!.GetAttribute("value"));
        Assert.Equal("$60.00", afterPlus.QuerySelector("[data-testid=subtotal]")!.TextContent);
        Assert.Equal("1", afterMinus.QuerySelector(".stepper input")!.GetAttribute("value"));
    }
}
