namespace Storefront.Infrastructure.Caching;

/// <summary>Removes the data cached under a tag wherever the shop keeps it.</summary>
internal interface IDataCacheEviction
{
    ValueTask EvictAsync(string tag, CancellationToken cancellationToken);
}
