using StackExchange.Redis;

namespace Storefront.Infrastructure.Caching;

/// <summary>
/// The one connection to Redis that the page store, the data cache's distributed layer and the eviction channel
/// share. It never refuses to start: while Redis is away the connection keeps retrying in the background and every
/// command fails at once, which the caches turn into a miss.
/// </summary>
internal sealed class RedisConnection(string configuration) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(configuration));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async Task<bool> IsConnectedAsync() => (await GetAsync()).IsConnected;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        // While Redis is away a command fails at once instead of waiting in a queue for the connection to return.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // A page waits for the cache at most this long before it is rendered from the database instead.
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        return await ConnectionMultiplexer.ConnectAsync(options);
    }
}
