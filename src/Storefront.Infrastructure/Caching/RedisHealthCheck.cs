using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Storefront.Infrastructure.Caching;

/// <summary>Redis away is degraded, not failed: pages render from the database, slower but correct.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await redis.IsConnectedAsync()
            ? HealthCheckResult.Healthy("Redis reachable: pages and data are cached for every instance.")
            : new HealthCheckResult(context.Registration.FailureStatus, "Redis unreachable: pages are rendered from the database until it is back.");
}
