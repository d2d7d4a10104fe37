using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Infrastructure.Caching;

/// <summary>
/// The page store as the pages see it: a lookup is counted as a hit or a miss, and a store that fails (Redis away)
/// is a miss, so the page is rendered from the database instead of answering an error. Lookups are counted when the
/// application's metrics are registered (a host with Infrastructure alone, such as a test, counts nothing).
/// </summary>
internal sealed partial class ResilientOutputCacheStore(IOutputCacheStore inner, StorefrontMetrics? metrics, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        byte[]? entry = null;
        try
        {
            entry = await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception exception) when (CacheFailure.IsTransient(exception))
        {
            LogUnavailable(logger, exception.Message);
        }

        metrics?.PageCacheLookup(entry is not null);
        return entry;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception exception) when (CacheFailure.IsTransient(exception))
        {
            LogUnavailable(logger, exception.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception exception) when (CacheFailure.IsTransient(exception))
        {
            LogUnavailable(logger, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page cache unavailable, rendering from the database: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
