using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Carts;

/// <summary>
/// Every listed sock with the sizes and colours that can be bought now, for the cart's "add one for free shipping"
/// offers. Cached under the listings tag, which a change to a product, a price or a stock label evicts, so a cart page
/// reads no catalog rows to make its offers.
/// </summary>
internal static class BuyableSocks
{
    public static async Task<IReadOnlyList<BuyableSock>> AllAsync(IStorefrontDbContext db, HybridCache cache, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            "carts:buyable-socks",
            async token => new BuyableSockList(await LoadAsync(db, token)),
            tags: [PageTags.Listings],
            cancellationToken: cancellationToken)).Socks;

    private static async Task<List<BuyableSock>> LoadAsync(IStorefrontDbContext db, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(ForSale.Buyable)
            .Include(p => p.Variants)
            .Include(p => p.Images)
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        return products.Select(p =>
            {
                var image = p.Images.OrderBy(i => i.Position).FirstOrDefault();
                return new BuyableSock(
                    p.Id,
                    p.Name,
                    p.Slug.Value,
                    image?.Url ?? "/img/placeholder.svg",
                    image?.AltText ?? p.Name,
                    p.Variants.Where(v => v.Available > 0)
                        .OrderBy(v => v.Colour, StringComparer.OrdinalIgnoreCase)
                        .ThenBy(v => SizeChart.Rank(v.Size))
                        .Select(v => new BuyableSize(v.Id, v.Colour, v.Size, v.Price.Amount))
                        .ToList());
            })
            .ToList();
    }
}

// Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
[ImmutableObject(true)]
internal sealed record BuyableSockList(List<BuyableSock> Socks);

internal sealed record BuyableSock(Guid ProductId, string Name, string Slug, string ImageUrl, string ImageAlt, List<BuyableSize> Sizes);

internal sealed record BuyableSize(Guid VariantId, string Colour, string Size, decimal Price);
