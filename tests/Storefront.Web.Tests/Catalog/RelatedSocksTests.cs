using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>
/// The product page suggests other socks made for the same guide strategies, and, once paid orders exist, those most
/// often bought with it; never one sock in both lists.
/// </summary>
public sealed class RelatedSocksTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Related_socks_are_other_products_made_for_the_same_guide_strategies_in_stock_first()
    {
        var fits = await CompressionFitsAsync();
        var products = await factory.PublishedProductsAsync();
        bool Related(Product a, Product b) => a.Id != b.Id && fits.Any(f => f.IsSuitedTo(a) && f.IsSuitedTo(b));
        var sock = products.First(p => products.Any(o => Related(p, o)) && products.Any(o => o.Id != p.Id && !Related(p, o)));

        var shown = RelatedSlugs(await factory.CreateClient().GetDocumentAsync($"/products/{sock.Slug.Value}"));

        Assert.NotEmpty(shown);
        var bySlug = products.ToDictionary(p => p.Slug.Value);
        Assert.All(shown, slug => Assert.True(Related(sock, bySlug[slug]), $"{slug} is made for none of {sock.Slug.Value}'s strategies"));
        var inStock = shown.Select(slug => bySlug[slug].Variants.Any(v => !v.IsRetired && v.Available > 0)).ToList();
        Assert.Equal(inStock.OrderByDescending(s => s), inStock);
    }

    [Fact]
    public async Task Often_bought_together_follows_paid_orders_most_often_first_and_never_unpaid_or_abandoned_ones()
    {
        var products = await factory.PublishedProductsAsync();
        var client = factory.CreateClient();
        var (sock, before) = await WithTwoRelatedAsync(client, products);
        Assert.Null(before.QuerySelector("[data-testid=bought-together]"));
        var bySlug = products.ToDictionary(p => p.Slug.Value);
        var (often, once) = (bySlug[RelatedSlugs(before)[0]], bySlug[RelatedSlugs(before)[1]]);
        var others = products.Where(p => p.Id != sock.Id && p.Id != often.Id && p.Id != once.Id).ToList();
        var (unpaid, abandoned) = (others[0], others[1]);

        await PlaceOrderAsync(OrderStatus.Paid, sock, once);
        await PlaceOrderAsync(OrderStatus.Paid, often, sock);
        await PlaceOrderAsync(OrderStatus.Paid, sock, often);
        await PlaceOrderAsync(OrderStatus.PendingPayment, sock, unpaid);
        await PlaceOrderAsync(OrderStatus.PendingPayment, sock, unpaid);
        await PlaceOrderAsync(OrderStatus.PendingPayment, sock, unpaid);
        await PlaceOrderAsync(OrderStatus.Cancelled, sock, abandoned);
        await PlaceOrderAsync(OrderStatus.Cancelled, sock, abandoned);
        await PlaceOrderAsync(OrderStatus.Cancelled, sock, abandoned);
        await ExpireCachedListsAsync(sock);
        var after = await client.GetDocumentAsync($"/products/{sock.Slug.Value}");

        var together = after.QuerySelectorAll("[data-testid=bought-together] .product-card-link").Select(Slug).ToList();
        Assert.Equal([often.Slug.Value, once.Slug.Value], together);
        Assert.Empty(RelatedSlugs(after).Intersect(together));
    }

    private static async Task<(Product, IHtmlDocument)> WithTwoRelatedAsync(HttpClient client, List<Product> products)
    {
        foreach (var product in products.OrderBy(p => p.Slug.Value))
        {
            var page = await client.GetDocumentAsync($"/products/{product.Slug.Value}");
            if (RelatedSlugs(page).Count >= 2)
            {
                return (product, page);
            }
        }

        throw new InvalidOperationException("No product of the sample catalog has two related socks.");
    }

    private static List<string> RelatedSlugs(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=related] .product-card-link").Select(Slug).ToList();

    private static string Slug(AngleSharp.Dom.IElement link) => link.GetAttribute("href")!["/products/".Length..];

    private Task<List<SockFit>> CompressionFitsAsync() =>
        factory.WithDbAsync(async db => (await db.Guides.AsNoTracking().Include(g => g.Sections).ThenInclude(s => s.Strategies).ToListAsync())
            .SelectMany(g => g.Sections).Where(s => !s.CompressionUnsafe)
            .SelectMany(s => s.Strategies).Where(s => s.Kind == StrategyKind.Compression)
            .Select(s => s.Fit).OfType<SockFit>().ToList());

    /// <summary>An order of one of each product's first variant, left in <paramref name="status"/>.</summary>
    private Task PlaceOrderAsync(OrderStatus status, params Product[] products)
    {
        var shipping = factory.Services.GetRequiredService<ShippingPolicy>();
        var now = DateTimeOffset.UtcNow;
        var items = products.Select(p => p.Variants.First(v => !v.IsRetired))
            .Select(v => new OrderItem(v.Id, "Sock", $"{v.Size} · {v.Colour}", v.Sku, "/img/placeholder.svg", v.Price, 1)).ToList();
        var order = Order.Place(Guid.NewGuid(), items, shipping, now, now.AddHours(1));
        if (status == OrderStatus.Paid)
        {
            order.RecordPayment(new PaymentConfirmation(order.Total, $"pi_{order.Id:N}", new ShippingAddress("Jo Runner", "1 Main St", null, "Portland", "OR", "97201", "US"), "buyer@example.test"), now);
        }
        else if (status == OrderStatus.Cancelled)
        {
            order.Cancel("Checkout abandoned", now);
        }

        Assert.Equal(status, order.Status);
        return factory.WithDbAsync(db =>
        {
            db.Orders.Add(order);
            return db.SaveChangesAsync();
        });
    }

    /// <summary>A payment evicts no cached page or list: they expire within minutes. The test ends them now instead.</summary>
    private async Task ExpireCachedListsAsync(Product product)
    {
        await factory.Services.GetRequiredService<HybridCache>().RemoveByTagAsync(PageTags.Listings);
        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageTags.Product(product.Id), CancellationToken.None);
    }
}
