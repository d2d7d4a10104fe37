using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

public sealed class ConcurrentCheckoutTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    public const int Shoppers = 20;
    public const int UnitsLeft = 5;

    [Fact]
    public async Task Twenty_parallel_checkouts_for_the_last_five_units_reserve_at_most_five_and_tell_the_rest_it_sold_out()
    {
        var variant = await factory.VariantAsync(20m, stock: Shoppers);
        var shoppers = Enumerable.Range(0, Shoppers).Select(_ => new Shopper(factory)).ToList();
        foreach (var shopper in shoppers)
        {
            await shopper.AddAsync(variant);
        }

        await factory.RestockAsync(variant, UnitsLeft);

        var destinations = await Task.WhenAll(shoppers.Select(s => s.CheckoutAsync()));

        var toPayment = destinations.Count(d => d.Contains("/checkout/test-payment/", StringComparison.Ordinal));
        var refusedShoppers = shoppers.Where((_, i) => destinations[i] == "/cart").ToList();
        var stock = await factory.StockAsync(variant);
        var holding = (await factory.OrdersAsync()).Where(o => o.HoldsStock && o.Lines.Any(l => l.VariantId == variant)).ToList();
        Assert.Equal(UnitsLeft, toPayment);
        Assert.Equal(Shoppers - UnitsLeft, refusedShoppers.Count);
        Assert.Equal(UnitsLeft, holding.Count);
        Assert.All(holding, o => Assert.Equal(OrderStatus.PendingPayment, o.Status));
        Assert.Equal((UnitsLeft, UnitsLeft), (stock.StockOnHand, stock.Reserved));
        foreach (var refused in refusedShoppers)
        {
            var cart = await refused.CartAsync();
            Assert.Contains("sold out", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        }
    }
}
