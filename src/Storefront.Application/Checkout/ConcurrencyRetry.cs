using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Application.Common;

namespace Storefront.Application.Checkout;

/// <summary>
/// Runs a read-decide-save unit of work again when another request changed the same rows first (stock and orders
/// carry concurrency tokens; event ids and order numbers are unique keys). Each attempt starts from a clean change
/// tracker, so it decides on fresh data; a caller that has just saved what the work needs may keep it for the first
/// attempt. Any other failure is not a race and propagates at once.
/// </summary>
internal static partial class ConcurrencyRetry
{
    public const int MaxAttempts = 12;

    /// <summary>Runs <paramref name="work"/>; <paramref name="unitOfWork"/> names it (order, event) in the log when the races never stop.</summary>
    /// <param name="keepTrackedAtFirst">The first attempt works on what the context tracks now (saved a moment ago, so current unless another request changed it since).</param>
    /// <exception cref="RetriesExhaustedException">Every attempt lost a race.</exception>
    public static async Task<T> RunAsync<T>(IStorefrontDbContext db, ILogger logger, string unitOfWork, Func<Task<T>> work, CancellationToken cancellationToken, bool keepTrackedAtFirst = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1 || !keepTrackedAtFirst)
            {
                db.ChangeTracker.Clear();
            }

            try
            {
                return await work();
            }
            catch (Exception exception) when (exception is StaleReadException || (exception is DbUpdateException save && db.IsLostRace(save)))
            {
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts)
                {
                    LogGaveUp(logger, exception, unitOfWork, attempt);
                    throw new RetriesExhaustedException(unitOfWork, exception);
                }

                // Randomised and growing, so the requests that collided do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on {UnitOfWork} after {Attempts} attempts: other requests kept changing the same rows")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string unitOfWork, int attempts);
}

/// <summary>What was read is already out of date (e.g. another request sold the stock this order reserved); read again.</summary>
internal sealed class StaleReadException(string message, Exception inner) : Exception(message, inner);

/// <summary>A unit of work lost its race every time it was tried; nothing of it was saved. The caller answers for it.</summary>
public sealed class RetriesExhaustedException(string unitOfWork, Exception inner)
    : Exception($"Other requests kept changing the same data while {unitOfWork} was being saved; nothing was saved.", inner);
