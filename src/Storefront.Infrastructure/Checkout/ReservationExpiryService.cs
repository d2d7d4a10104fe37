using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storefront.Application.Carts.PurgeIdleCarts;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Application.Checkout.SendPendingConfirmations;

namespace Storefront.Infrastructure.Checkout;

/// <summary>
/// Every minute, puts back on sale the stock of orders whose payment session ran out unpaid, retries confirmations that
/// failed, and deletes carts idle for 60 days. On shutdown it stops between units of work: each is finished and saved,
/// or not begun.
/// </summary>
internal sealed partial class ReservationExpiryService(IServiceScopeFactory scopes, ILogger<ReservationExpiryService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var released = await mediator.Send(new ReleaseExpiredReservationsCommand(), stoppingToken);
                await mediator.Send(new SendPendingConfirmationsCommand(), stoppingToken);
                var purged = await mediator.Send(new PurgeIdleCartsCommand(), stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, purged);
                }

                if (released > 0)
                {
                    LogReleased(logger, released);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed sweep is retried on the next tick; the service must keep running.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the stock of {Count} unpaid orders whose checkout expired")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} carts idle for 60 days")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Releasing expired reservations failed; retrying in a minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
