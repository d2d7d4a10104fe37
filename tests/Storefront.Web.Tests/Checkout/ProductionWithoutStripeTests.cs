using Microsoft.AspNetCore.Hosting;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

public sealed class ProductionWithoutStripeFactory : StorefrontFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Checkout:PublicBaseUrl", "http://localhost");
    }
}

public sealed class ProductionWithoutStripeTests(ProductionWithoutStripeFactory factory) : IClassFixture<ProductionWithoutStripeFactory>
{
    [Fact]
    public async Task In_production_without_a_Stripe_key_checkout_is_refused_with_a_reason_and_nothing_is_reserved()
    {
        var variant = await factory.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);

        var destination = await shopper.CheckoutAsync();
        var cart = await shopper.CartAsync();

        Assert.Equal("/cart", destination);
        Assert.Contains("cannot take payments", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        Assert.Empty(await factory.OrdersAsync());
        Assert.Equal(0, (await factory.StockAsync(variant)).Reserved);
    }
}
