using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Storefront.Infrastructure.Caching;

/// <summary>
/// Several instances: HybridCache's in-process layer is per instance, so an eviction is also published on a Redis
/// channel that every instance listens to and applies to its own layer. While Redis is away a message is lost; the
/// short in-process lifetime (see <see cref="SharedCacheRegistration"/>) bounds how long another instance serves the old data.
/// </summary>
internal sealed partial class RedisDataCacheEviction(HybridCache data, RedisConnection redis, ILogger<RedisDataCacheEviction> logger)
    : BackgroundService, IDataCacheEviction
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("storefront:data-cache:evict");

    private readonly string _instance = Guid.NewGuid().ToString("N");

    public async ValueTask EvictAsync(string tag, CancellationToken cancellationToken)
    {
        await data.RemoveByTagAsync(tag, cancellationToken);
        try
        {
            await (await redis.GetAsync()).GetSubscriber().PublishAsync(Channel, $"{_instance} {tag}");
        }
        catch (Exception exception) when (CacheFailure.IsTransient(exception))
        {
            LogPublishFailed(logger, tag, exception.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The client restores a subscription after a reconnect, but a first one made while Redis is away can fail.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await (await redis.GetAsync()).GetSubscriber().SubscribeAsync(Channel, (channel, message) => _ = ApplyAsync(message.ToString()));
                return;
            }
            catch (Exception exception) when (CacheFailure.IsTransient(exception))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ApplyAsync(string message)
    {
        var parts = message.Split(' ', 2);
        if (parts.Length == 2 && parts[0] != _instance)
        {
            await data.RemoveByTagAsync(parts[1]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other instances to evict {Tag}: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, string tag, string reason);
}
