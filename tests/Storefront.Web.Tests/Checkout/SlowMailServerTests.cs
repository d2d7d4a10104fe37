using System.Net;
using Microsoft.AspNetCore.Hosting;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>The confirmation is sent after the payment has been answered: a slow mail server delays the email, not the shopper.</summary>
public sealed class SlowMailServerTests : IAsyncLifetime
{
    private readonly FakeSmtpServer _smtp = new(slow: true);
    private SlowSmtpFactory _shop = null!;

    public Task InitializeAsync()
    {
        _shop = new SlowSmtpFactory(_smtp.Port);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_payment_is_answered_while_the_mail_server_has_not_even_greeted_and_the_confirmation_follows()
    {
        var variant = await _shop.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(_shop);
        await shopper.AddAsync(variant);
        var paymentPage = await shopper.CheckoutAsync();

        var paid = await shopper.PostAsync(paymentPage + "?handler=Pay", ("Name", "Ann Lee"), ("Line1", "1 Main St"), ("City", "Springfield"), ("State", "IL"), ("PostalCode", "62701"), ("Email", "ann@example.com"));
        var success = await shopper.Client.GetDocumentAsync(paid.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Contains("Paid", success.QuerySelector("[data-testid=order-status]")?.TextContent);
        var order = (await _shop.OrdersAsync()).Single();
        Assert.Null(order.ConfirmationSentAt);
        Assert.Empty(_smtp.Commands);

        _smtp.Release();
        await _shop.ConfirmedOrderAsync(o => o.Id == order.Id);
        Assert.Contains(_smtp.Commands, c => c.Equals("RCPT TO:<ann@example.com>", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_smtp.Commands, c => c.Contains($"Your Storefront order {order.Number}", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _shop.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private sealed class SlowSmtpFactory(int port) : StorefrontFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", port.ToString());
            builder.UseSetting("Email:Smtp:Security", "None");
        }
    }
}
