using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Resilience;

/// <summary>Fifty shoppers writing at the same moment wait their turn on the SQLite file; none of them sees an error.</summary>
public sealed class BusyDatabaseTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private const int Writers = 50;

    [Fact]
    public async Task Fifty_shoppers_adding_checking_out_and_paying_at_once_all_get_their_order_and_nobody_sees_an_error()
    {
        var variants = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            variants.Add(await factory.VariantAsync(12m, stock: 100));
        }

        var shoppers = Enumerable.Range(0, Writers).Select(_ => new Shopper(factory)).ToList();
        await Task.WhenAll(shoppers.Select(s => s.AntiforgeryTokenAsync()));

        var added = await Task.WhenAll(shoppers.Select((s, i) => s.PostAsync("/cart/add", ("VariantId", variants[i % variants.Count].ToString()), ("Quantity", "2"))));
        var paymentPages = await Task.WhenAll(shoppers.Select(s => s.PostAsync("/checkout")));
        var paid = await Task.WhenAll(shoppers.Select((s, i) => s.PostAsync(paymentPages[i].Headers.Location + "?handler=Pay")));

        foreach (var response in added.Concat(paymentPages).Concat(paid))
        {
            Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.All(paymentPages, p => Assert.Contains("/checkout/test-payment/", p.Headers.Location!.ToString()));
        Assert.All(paid, p => Assert.StartsWith("/checkout/success", p.Headers.Location!.ToString()));
        var orders = await factory.WithDbAsync(db => db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Paid).CountAsync());
        Assert.Equal(Writers, orders);
        foreach (var variant in variants)
        {
            var stock = await factory.StockAsync(variant);
            Assert.Equal((100 - (Writers / variants.Count * 2), 0), (stock.StockOnHand, stock.Reserved));
        }
    }
}
