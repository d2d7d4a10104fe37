using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class EmailPrivacyTests
{
    [Fact]
    public async Task An_email_written_to_the_folder_is_logged_with_recipient_and_subject_only()
    {
        using var shop = new EmailFactory(production: false);
        var paid = await PayAsync(shop);

        var order = await shop.ConfirmedOrderAsync(o => o.Id == paid.Id);
        var logged = shop.Logs.Entries.Where(e => e.Category.EndsWith("PickupDirectoryEmailSender", StringComparison.Ordinal)).Select(e => e.Message).Single();
        Assert.Contains("shopper@example.com", logged, StringComparison.Ordinal);
        Assert.Contains(order.Number, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("1 Test Street", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(order.AccessToken, logged, StringComparison.Ordinal);
        Assert.Equal(1, shop.EmailCount());
    }

    [Fact]
    public async Task Production_without_SMTP_writes_no_email_to_disk_unless_set_on_purpose_and_logs_why()
    {
        using var production = new EmailFactory(production: true);
        await PayAsync(production);

        await Confirmations.EventuallyAsync(
            () => production.Logs.Entries.Any(e => e.Level == LogLevel.Error && e.Exception?.Message.Contains("Email:AllowPickupDirectoryInProduction", StringComparison.Ordinal) == true),
            "the refused email is logged with the setting that allows it");
        Assert.Equal(0, production.EmailCount());

        using var onPurpose = new EmailFactory(production: true, allowPickup: true);
        var paid = await PayAsync(onPurpose);
        await onPurpose.ConfirmedOrderAsync(o => o.Id == paid.Id);
        Assert.Equal(1, onPurpose.EmailCount());
    }

    private static async Task<Domain.Ordering.Order> PayAsync(EmailFactory shop)
    {
        var variant = await shop.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(shop);
        await shopper.AddAsync(variant);
        var paymentPage = await shopper.CheckoutAsync();
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, (await shopper.PostAsync(paymentPage + "?handler=Pay")).StatusCode);
        return (await shop.OrdersAsync()).Single();
    }

    private sealed class EmailFactory(bool production, bool allowPickup = false) : StorefrontFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            if (production)
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("Payments:Provider", "Test");
                builder.UseSetting("Payments:AllowTestInProduction", "true");
                builder.UseSetting("Checkout:PublicBaseUrl", "http://localhost");
            }

            builder.UseSetting("Email:AllowPickupDirectoryInProduction", allowPickup ? "true" : "false");
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
