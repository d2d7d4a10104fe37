using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storefront.Application.Payments;

namespace Storefront.Infrastructure.Payments;

/// <summary>Says at start which gateway takes the money, so nobody ships the test gateway to Production unnoticed.</summary>
internal sealed partial class PaymentsStartupLog(IServiceProvider services, ILogger<PaymentsStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPaymentGateway>();
        switch (gateway.Kind)
        {
            case PaymentGatewayKind.Stripe:
                LogStripe(logger);
                break;
            case PaymentGatewayKind.Test:
                LogTest(logger);
                break;
            default:
                LogUnavailable(logger, gateway.UnavailableReason);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Payments: Stripe Checkout")]
    private static partial void LogStripe(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payments: the TEST gateway — no card is charged. Set Stripe:SecretKey to take real payments")]
    private static partial void LogTest(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Payments: checkout is closed. {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string? reason);
}
