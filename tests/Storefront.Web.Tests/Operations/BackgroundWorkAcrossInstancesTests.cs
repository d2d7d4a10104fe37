using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Operations;

/// <summary>Two instances on one database both run the reservation sweep, as every instance of a cluster does.</summary>
public sealed class BackgroundWorkAcrossInstancesTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private const int Abandoned = 6;

    [Fact]
    public async Task Two_instances_sweeping_at_once_release_each_expired_reservation_once()
    {
        var variant = await factory.VariantAsync(12m, stock: 20);
        foreach (var _ in Enumerable.Range(0, Abandoned))
        {
            var shopper = new Shopper(factory);
            await shopper.AddAsync(variant, 2);
            await shopper.CheckoutAsync();
        }

        await factory.WithDbAsync(db => db.Orders.ExecuteUpdateAsync(o => o.SetProperty(x => x.ReservationExpiresAt, DateTimeOffset.UtcNow.AddHours(-1))));
        await using var second = new StorefrontFactory(factory.DataDirectory);
        _ = second.Server;

        var released = await Task.WhenAll(new[] { factory, second, factory, second }.Select(SweepAsync));

        var orders = await factory.OrdersAsync();
        var stock = await factory.StockAsync(variant);
        Assert.Equal(Abandoned, released.Sum());
        Assert.All(orders, o => Assert.Equal(OrderStatus.Cancelled, o.Status));
        Assert.All(orders, o => Assert.Single(o.Events, e => e.Kind == "Cancelled"));
        Assert.Equal((20, 0), (stock.StockOnHand, stock.Reserved));
    }

    private static async Task<int> SweepAsync(StorefrontFactory instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReleaseExpiredReservationsCommand());
    }
}
