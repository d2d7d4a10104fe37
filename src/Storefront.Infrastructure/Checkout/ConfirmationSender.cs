using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storefront.Application.Checkout.SendConfirmations;

namespace Storefront.Infrastructure.Checkout;

/// <summary>
/// Sends the confirmations that payments queue (<see cref="ConfirmationQueue"/>) in batches: after the first one comes
/// it waits a moment for more, so a busy shop reads its orders and records them as sent once per batch instead of once
/// per order. On shutdown it first sends what is queued.
/// </summary>
internal sealed partial class ConfirmationSender(ConfirmationQueue queue, IServiceScopeFactory scopes, ILogger<ConfirmationSender> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>A delay no shopper notices in their inbox; at a few hundred orders a second it gathers full batches.</summary>
    private static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.WaitAsync(stoppingToken))
            {
                await Task.Delay(Gathering, stoppingToken);
                await SendQueuedAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the payments of the last moments still get their emails (within the host's shutdown timeout).
            await SendQueuedAsync();
        }
    }

    private async Task SendQueuedAsync()
    {
        for (var batch = queue.Take(BatchSize); batch.Count > 0; batch = queue.Take(BatchSize))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var confirmations = scope.ServiceProvider.GetRequiredService<OrderConfirmations>();
                foreach (var sameAddress in batch.GroupBy(p => p.BaseUrl))
                {
                    await confirmations.SendAsync(sameAddress.Select(p => p.OrderId).ToList(), sameAddress.Key);
                }
            }
            catch (Exception exception)
            {
                // The orders stay paid and unconfirmed, and the sweep sends them later; this service must keep running.
                LogFailed(logger, exception, batch.Count);
            }
            finally
            {
                queue.Release(batch);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending {Count} order confirmations failed; the sweep tries them again in ten minutes")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
