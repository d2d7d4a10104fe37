using StackExchange.Redis;

namespace Storefront.Infrastructure.Caching;

internal static class CacheFailure
{
    /// <summary>A shared cache that cannot be reached or answers too late; anything else is a bug and stays loud.</summary>
    public static bool IsTransient(Exception exception) => exception is RedisException or TimeoutException;
}
