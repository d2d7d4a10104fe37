using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Checkout;

/// <summary>
/// Runs a read-decide-save unit of work again when another request changed the same rows first (stock and orders
/// carry concurrency tokens). Each attempt starts from a clean change tracker, so it decides on fresh data.
/// </summary>
internal static class ConcurrencyRetry
{
    public const int MaxAttempts = 25;

    public static async Task<T> RunAsync<T>(IStorefrontDbContext db, Func<Task<T>> work, T whenExhausted)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await work();
            }
            catch (Exception exception) when (exception is DbUpdateException or StaleReadException)
            {
                // A concurrency token or unique key said another request won; read again and decide again.
            }
        }

        db.ChangeTracker.Clear();
        return whenExhausted;
    }
}

/// <summary>What was read is already out of date (e.g. another request sold the stock this order reserved); read again.</summary>
internal sealed class StaleReadException(string message, Exception inner) : Exception(message, inner);
