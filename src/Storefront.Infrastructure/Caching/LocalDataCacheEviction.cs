using Microsoft.Extensions.Caching.Hybrid;

namespace Storefront.Infrastructure.Caching;

/// <summary>One instance: the data cache lives in this process only.</summary>
internal sealed class LocalDataCacheEviction(HybridCache data) : IDataCacheEviction
{
    public ValueTask EvictAsync(string tag, CancellationToken cancellationToken) => data.RemoveByTagAsync(tag, cancellationToken);
}
