using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Infrastructure.Caching;

/// <summary>
/// The page store and the data cache: in process by default, in Redis for every instance when
/// <c>Redis:Configuration</c> is set. Either way a failing store is a miss, never an error page.
/// </summary>
internal static class SharedCacheRegistration
{
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>How long an instance keeps data in process when an eviction message from another one was lost.</summary>
    private static readonly TimeSpan LocalLifetimeWithRedis = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddPageAndDataCaches(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache();
        var redis = configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddHybridCache();
            services.AddSingleton<IDataCacheEviction, LocalDataCacheEviction>();
        }
        else
        {
            services.AddSingleton(new RedisConnection(redis));
            services.AddStackExchangeRedisOutputCache(_ => { });
            services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((options, connection) =>
            {
                options.ConnectionMultiplexerFactory = connection.GetAsync;
                options.InstanceName = "storefront:pages:";
            });
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((options, connection) =>
            {
                options.ConnectionMultiplexerFactory = connection.GetAsync;
                options.InstanceName = "storefront:data:";
            });
            Decorate<IDistributedCache>(services, (sp, inner) => ActivatorUtilities.CreateInstance<ResilientDistributedCache>(sp, inner));
            services.AddHybridCache(options => options.DefaultEntryOptions = new HybridCacheEntryOptions { LocalCacheExpiration = LocalLifetimeWithRedis });
            services.AddSingleton<RedisDataCacheEviction>();
            services.AddSingleton<IDataCacheEviction>(sp => sp.GetRequiredService<RedisDataCacheEviction>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisDataCacheEviction>());
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, ["ready"]);
        }

        Decorate<IOutputCacheStore>(services, (sp, inner) =>
            new ResilientOutputCacheStore(inner, sp.GetService<StorefrontMetrics>(), sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        services.AddSingleton<PageCacheEvictionInterceptor>();
        return services;
    }

    /// <summary>Wraps the last registration of a singleton service in <paramref name="decorate"/>.</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(registered);
        services.AddSingleton(sp => decorate(sp, (TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
    }
}
