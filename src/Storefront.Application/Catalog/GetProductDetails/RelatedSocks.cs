using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Catalog.GetProductDetails;

/// <summary>
/// A product page's "often bought together" (other products in the same paid orders, most often first) and "related
/// socks" (others made for the same guide strategies, in stock first), never one product in both, from one query.
/// </summary>
internal static class RelatedSocks
{
    public const int PerList = 4;

    // The catalog and guide tags evict it on an edit. A payment evicts nothing (it would empty every product page's
    // cache on each sale), so a newly paid order shows in "often bought together" within this expiry.
    private static readonly HybridCacheEntryOptions Expiry = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    public static ValueTask<RelatedProducts> ForAsync(
        IStorefrontDbContext db, HybridCache cache, Product product, IReadOnlyList<SockFit> fits, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            $"catalog:related:{product.Id:N}",
            token => new ValueTask<RelatedProducts>(LoadAsync(db, product, fits, token)),
            Expiry,
            [PageTags.Listings, PageTags.Guides],
            cancellationToken);

    /// <summary>
    /// The top few bought together and twice as many related, in one query (a UNION ALL); the same ranking again in
    /// memory picks the bought-together ones first and the related ones from the rest.
    /// </summary>
    private static async Task<RelatedProducts> LoadAsync(IStorefrontDbContext db, Product product, IReadOnlyList<SockFit> fits, CancellationToken cancellationToken)
    {
        var variantIds = product.Variants.Select(v => v.Id).ToList();
        var paidWithIt = db.Orders.Where(o => (o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped) && o.Lines.Any(l => variantIds.Contains(l.VariantId)));
        var others = db.Products.AsNoTracking().Where(ForSale.Listed).Where(p => p.Id != product.Id);
        var suited = others.Where(fits.Select(f => f.Suits).DefaultIfEmpty(_ => false).Aggregate(Predicates.Or)).Select(p => p.Id);
        var candidates = Project(others, paidWithIt, suited);

        var found = await candidates.Where(c => c.BoughtWith > 0)
            .OrderByDescending(c => c.BoughtWith).ThenBy(c => c.Slug).Take(PerList)
            .Concat(candidates.Where(c => c.Suited)
                .OrderByDescending(c => c.InStock).ThenByDescending(c => c.IsFeatured).ThenBy(c => c.Slug).Take(PerList * 2))
            .ToListAsync(cancellationToken);

        var together = found.Where(c => c.BoughtWith > 0).DistinctBy(c => c.Id)
            .OrderByDescending(c => c.BoughtWith).ThenBy(c => c.Slug.Value, StringComparer.Ordinal).Take(PerList).ToList();
        var related = found.Where(c => c.Suited).ExceptBy(together.Select(c => c.Id), c => c.Id).DistinctBy(c => c.Id)
            .OrderByDescending(c => c.InStock).ThenByDescending(c => c.IsFeatured).ThenBy(c => c.Slug.Value, StringComparer.Ordinal).Take(PerList);
        return new RelatedProducts([.. together.Select(ToCard)], [.. related.Select(ToCard)]);
    }

    private static IQueryable<Candidate> Project(IQueryable<Product> products, IQueryable<Order> paidWithIt, IQueryable<Guid> suited) =>
        products.Select(p => new Candidate
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            FromPrice = p.FromPrice,
            Style = p.Style,
            Compression = p.Compression,
            ImageUrl = p.Images.OrderBy(i => i.Position).Select(i => i.Url).FirstOrDefault(),
            ImageAlt = p.Images.OrderBy(i => i.Position).Select(i => i.AltText).FirstOrDefault(),
            InStock = p.Variants.AsQueryable().Any(ForSale.InStock),
            IsFeatured = p.IsFeatured,
            Suited = suited.Contains(p.Id),
            BoughtWith = paidWithIt.Count(o => o.Lines.Any(l => p.Variants.Any(v => v.Id == l.VariantId))),
        });

    private static ProductCard ToCard(Candidate c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Slug = c.Slug.Value,
        FromPrice = c.FromPrice,
        Style = c.Style,
        Compression = c.Compression,
        ImageUrl = c.ImageUrl ?? "/img/placeholder.svg",
        ImageAlt = c.ImageAlt ?? c.Name,
        InStock = c.InStock,
    };

    private sealed record Candidate
    {
        public required Guid Id { get; init; }

        public required string Name { get; init; }

        public required Slug Slug { get; init; }

        public required decimal FromPrice { get; init; }

        public required SockStyle Style { get; init; }

        public required CompressionLevel Compression { get; init; }

        public required string? ImageUrl { get; init; }

        public required string? ImageAlt { get; init; }

        public required bool InStock { get; init; }

        public required bool IsFeatured { get; init; }

        /// <summary>Made for one of the guide strategies the product is made for.</summary>
        public required bool Suited { get; init; }

        /// <summary>How many paid orders hold both.</summary>
        public required int BoughtWith { get; init; }
    }
}

// Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
[ImmutableObject(true)]
internal sealed record RelatedProducts(List<ProductCard> BoughtTogether, List<ProductCard> Related);
