using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog.Search;

/// <summary>
/// The search index of the published catalog, built from one query and kept until an admin change evicts the listings
/// tag (the same eviction that refreshes the shop's pages). It lives in each instance's memory only: it is cheap to
/// rebuild, and every instance rebuilds it after the tag is evicted.
/// </summary>
public sealed class CatalogSearch(IStorefrontDbContext db, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions LocalOnly = new() { Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableCompression };

    public ValueTask<CatalogSearchIndex> IndexAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("catalog:search-index", async token => new CatalogSearchIndex(await DocumentsAsync(token)), LocalOnly, [PageTags.Listings], cancellationToken);

    /// <summary>The one query the index is built from; a test checks that it translates on SQL Server as well as on SQLite.</summary>
    internal static IQueryable<SearchSource> SourceQuery(IQueryable<Product> products) =>
        products.AsNoTracking()
            .Where(ForSale.Listed)
            .Select(p => new SearchSource(
                p.Id,
                p.Name,
                p.Slug,
                p.Description,
                p.Style,
                p.Compression,
                p.Uses,
                p.Variants.AsQueryable().Where(ForSale.Offered).Select(v => v.Colour).ToList()));

    private async Task<List<SearchDocument>> DocumentsAsync(CancellationToken cancellationToken)
    {
        var products = await SourceQuery(db.Products).ToListAsync(cancellationToken);
        return products.Select(p => new SearchDocument(
            p.Id, p.Name, p.Slug.Value, p.Description, p.Style.Label(), p.Compression.Label(), p.Uses.Label(), string.Join(' ', p.Colours.Distinct()))).ToList();
    }
}

internal sealed record SearchSource(Guid Id, string Name, Slug Slug, string Description, SockStyle Style, CompressionLevel Compression, SockUse Uses, List<string> Colours);
