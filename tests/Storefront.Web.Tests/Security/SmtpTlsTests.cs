using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

/// <summary>The shop sending mail with credentials through an SMTP server that offers no STARTTLS.</summary>
public sealed class PlainSmtpFactory : StorefrontFactory, IAsyncLifetime
{
    public FakeSmtpServer Smtp { get; } = new();

    public LogCapture Logs { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString());
        builder.UseSetting("Email:Smtp:UserName", "shop@example.test");
        builder.UseSetting("Email:Smtp:Password", "smtp-secret-password");
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class SmtpTlsTests(PlainSmtpFactory factory) : IClassFixture<PlainSmtpFactory>
{
    [Fact]
    public async Task Credentials_never_go_to_a_server_without_STARTTLS_nothing_is_sent_and_the_failure_is_logged()
    {
        var variant = await factory.VariantAsync(20m, stock: 10);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var paymentPage = await shopper.CheckoutAsync();

        var paid = await shopper.PostAsync(paymentPage + "?handler=Pay");

        Assert.Equal(System.Net.HttpStatusCode.SeeOther, paid.StatusCode);
        await Confirmations.EventuallyAsync(() => factory.Logs.Entries.Any(e => e.Message.Contains("confirmation email could not be sent", StringComparison.Ordinal)), "the failed confirmation is logged");
        var commands = factory.Smtp.Commands.ToList();
        Assert.Contains(commands, c => c.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(commands, c => c.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase) || c.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(commands, c => c.Contains(Convert.ToBase64String("smtp-secret-password"u8.ToArray()), StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("confirmation email could not be sent", StringComparison.Ordinal)
            && e.Exception?.Message.Contains("STARTTLS", StringComparison.Ordinal) == true);
        Assert.Null((await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant)).ConfirmationSentAt);
    }

    [Fact]
    public void Plain_SMTP_with_credentials_is_refused_at_start()
    {
        using var misconfigured = new PlainSmtpSecurityNoneFactory(factory.Smtp.Port);

        var refused = Assert.Throws<InvalidOperationException>(() => misconfigured.Services);

        Assert.Contains("credentials are never sent unencrypted", refused.Message);
    }

    private sealed class PlainSmtpSecurityNoneFactory(int port) : StorefrontFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", port.ToString());
            builder.UseSetting("Email:Smtp:UserName", "shop@example.test");
            builder.UseSetting("Email:Smtp:Security", "None");
        }
    }
}
