using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace Storefront.Infrastructure.Caching;

/// <summary>The data cache's distributed layer (Redis) as a miss, not an error, while it is away.</summary>
internal sealed partial class ResilientDistributedCache(IDistributedCache inner, ILogger<ResilientDistributedCache> logger) : IDistributedCache
{
    public byte[]? Get(string key) => Try(() => inner.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => TryAsync(() => inner.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => Done(() => inner.Set(key, value, options)));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(() => Done(inner.SetAsync(key, value, options, token)));

    public void Refresh(string key) => Try(() => Done(() => inner.Refresh(key)));

    public Task RefreshAsync(string key, CancellationToken token = default) => TryAsync(() => Done(inner.RefreshAsync(key, token)));

    public void Remove(string key) => Try(() => Done(() => inner.Remove(key)));

    public Task RemoveAsync(string key, CancellationToken token = default) => TryAsync(() => Done(inner.RemoveAsync(key, token)));

    private static byte[]? Done(Action action)
    {
        action();
        return null;
    }

    private static async Task<byte[]?> Done(Task task)
    {
        await task;
        return null;
    }

    private byte[]? Try(Func<byte[]?> work)
    {
        try
        {
            return work();
        }
        catch (Exception exception) when (CacheFailure.IsTransient(exception))
        {
            LogUnavailable(logger, exception.Message);
            return null;
        }
    }

    private async Task<byte[]?> TryAsync(Func<Task<byte[]?>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (CacheFailure.IsTransient(exception))
        {
            LogUnavailable(logger, exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data cache's shared layer unavailable, reading from the database: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
