using System.Net;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Checkout.SendPendingConfirmations;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>
/// The confirmation is sent after the payment has been answered: a slow mail server delays the email, not the shopper,
/// and does not make the shop send it twice.
/// </summary>
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

    [Fact]
    public async Task The_sweep_leaves_a_confirmation_to_the_queue_that_is_still_sending_it_so_the_shopper_gets_one_email()
    {
        var order = await PayAsync();

        // Ten minutes on, the mail server has still not answered: the order looks like one whose email failed.
        await _shop.WithDbAsync(async db =>
        {
            var paid = await db.Orders.SingleAsync(o => o.Id == order.Id);
            db.Entry(paid).Property(o => o.PaidAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-11);
            return await db.SaveChangesAsync();
        });
        await using var scope = _shop.Services.CreateAsyncScope();
        var sweptWhileQueued = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendPendingConfirmationsCommand()).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        _smtp.Release();
        var confirmed = await _shop.ConfirmedOrderAsync(o => o.Id == order.Id);

        Assert.Equal(0, sweptWhileQueued);
        Assert.Single(_smtp.Commands, c => c.Equals("DATA", StringComparison.OrdinalIgnoreCase));
        Assert.Single(confirmed.Events, e => e.Kind == "ConfirmationSent");
    }

    private async Task<Domain.Ordering.Order> PayAsync()
    {
        var variant = await _shop.VariantAsync(20m, stock: 5);
        var shopper = new Shopper(_shop);
        await shopper.AddAsync(variant);
        var paymentPage = await shopper.CheckoutAsync();
        Assert.Equal(HttpStatusCode.SeeOther, (await shopper.PostAsync(paymentPage + "?handler=Pay", ("Email", "ann@example.com"))).StatusCode);
        return (await _shop.OrdersAsync()).Single();
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
            builder.UseSetting("Checkout:PublicBaseUrl", "http://localhost");
        }
    }
}
