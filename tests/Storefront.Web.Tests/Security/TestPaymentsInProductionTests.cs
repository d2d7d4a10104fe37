using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class TestPaymentsInProductionTests
{
    [Fact]
    public async Task Payments_Provider_Test_is_refused_in_production_and_the_log_and_cart_say_why()
    {
        using var production = new ProductionTestPaymentsFactory(demo: false);
        var variant = await production.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(production);
        await shopper.AddAsync(variant);

        Assert.Equal("/cart", await shopper.CheckoutAsync());

        Assert.Contains("cannot take payments", (await shopper.CartAsync()).QuerySelector("[data-testid=cart-problem]")?.TextContent);
        Assert.Contains(production.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Payments:Provider=Test is refused in Production", StringComparison.Ordinal));
        Assert.Empty(await production.OrdersAsync());
    }

    [Fact]
    public async Task With_the_demo_switch_production_takes_test_payments_and_the_payment_page_says_no_card_is_charged()
    {
        using var demo = new ProductionTestPaymentsFactory(demo: true);
        var variant = await demo.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(demo);
        await shopper.AddAsync(variant);

        var paymentPage = await shopper.Client.GetDocumentAsync(await shopper.CheckoutAsync());

        Assert.Equal("Test payment — no card is charged", paymentPage.QuerySelector(".test-payment-label")?.TextContent);
        Assert.Contains(demo.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("TEST gateway", StringComparison.Ordinal));
    }

    private sealed class ProductionTestPaymentsFactory(bool demo) : StorefrontFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Payments:Provider", "Test");
            builder.UseSetting("Payments:AllowTestInProduction", demo ? "true" : "false");
            builder.UseSetting("Checkout:PublicBaseUrl", "http://localhost");
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
