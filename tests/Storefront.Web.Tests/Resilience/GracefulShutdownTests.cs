using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Persistence;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Resilience;

/// <summary>
/// SIGTERM while shoppers are checking out: the shop stops taking new requests but finishes the ones it has, and sends
/// the confirmations it still owes.
/// </summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private const int InFlight = 10;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storefront-shutdown", Guid.NewGuid().ToString("N"));
    private FakeStripe _stripe = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _stripe = await FakeStripe.StartAsync();
    }

    [Fact]
    public async Task Checkouts_in_flight_when_the_shop_is_told_to_stop_all_finish_with_a_payment_page_and_the_shop_exits_cleanly()
    {
        await using var shop = await ShopProcess.StartAsync(_directory, _stripe);
        var variants = await StockAsync(50);
        var shoppers = Enumerable.Range(0, InFlight).Select(i => new DrillShopper(i, variants, _stripe, purchases: 1, abandonsLast: true)).ToList();
        _stripe.HoldSessions();

        var checkouts = Task.WhenAll(shoppers.Select(s => Task.Run(() => s.RunAsync(shop.Address, () => { }))));
        while (_stripe.Held < InFlight)
        {
            Assert.False(checkouts.IsCompleted, $"Only {_stripe.Held} checkouts reached Stripe; {shoppers.Count(s => s.Refused)} were refused: {string.Join("; ", shoppers.SelectMany(s => s.Wrong))}\n{shop.OutputTail}");
            await Task.Delay(20);
        }

        await shop.TerminateAsync();
        await shop.WaitForOutputAsync("Application is shutting down");
        _stripe.ReleaseSessions();
        await checkouts;
        var exitCode = await shop.ExitCodeAsync();

        Assert.Empty(shoppers.SelectMany(s => s.Wrong));
        Assert.All(shoppers, s => Assert.NotNull(s.Abandoned));
        Assert.Equal(0, exitCode);
        await using var db = Db();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).ToListAsync();
        Assert.Equal(InFlight, orders.Count);
        Assert.All(orders, o => Assert.Equal(OrderStatus.PendingPayment, o.Status));
        Assert.Equal(shoppers.Select(s => s.Abandoned).Order(), orders.Select(o => o.PaymentSessionId).Order());
        var reserved = await db.Products.AsNoTracking().SelectMany(p => p.Variants).Where(v => variants.Contains(v.Id)).SumAsync(v => v.Reserved);
        Assert.Equal(orders.Sum(o => o.Lines.Sum(l => l.Quantity)), reserved);
    }

    [Fact]
    public async Task Payments_taken_just_before_the_shop_is_told_to_stop_get_their_confirmations_before_it_exits()
    {
        await using var shop = await ShopProcess.StartAsync(_directory, _stripe);
        var variants = await StockAsync(50);
        var shoppers = Enumerable.Range(0, InFlight).Select(i => new DrillShopper(i, variants, _stripe, purchases: 1, abandonsLast: false)).ToList();

        // The last webhook is acknowledged a moment before the stop: its confirmation is still queued when SIGTERM comes.
        await Task.WhenAll(shoppers.Select(s => Task.Run(() => s.RunAsync(shop.Address, () => { }))));
        var exitCode = await shop.StopAsync();

        Assert.Empty(shoppers.SelectMany(s => s.Wrong));
        Assert.Equal(0, exitCode);
        await using var db = Db();
        var paid = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Paid).ToListAsync();
        Assert.Equal(shoppers.SelectMany(s => s.Confirmed).Order(), paid.Select(o => o.PaymentSessionId).Order());
        Assert.All(paid, order =>
        {
            Assert.NotNull(order.ConfirmationSentAt);
            Assert.True(File.Exists(Path.Combine(_directory, "emails", $"confirmation-{order.Number}.eml")), $"No email for order {order.Number}.");
        });
    }

    /// <summary>A variant per shopper, so the test is about shutting down, not about shoppers racing for one sock.</summary>
    private async Task<List<Guid>> StockAsync(int units)
    {
        await using var db = Db();
        var products = await db.Products.Include(p => p.Variants).Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Name).Take(InFlight).ToListAsync();
        var variants = new List<Guid>();
        foreach (var product in products)
        {
            var variant = product.Variants.First(v => !v.IsRetired);
            db.StockAdjustments.Add(product.AdjustStock(variant.Id, units, "Shutdown test", DateTimeOffset.UtcNow));
            variants.Add(variant.Id);
        }

        await db.SaveChangesAsync();
        return variants;
    }

    private SqliteStorefrontDbContext Db() =>
        new(new DbContextOptionsBuilder<SqliteStorefrontDbContext>().UseSqlite($"Data Source={Path.Combine(_directory, "storefront.db")};Default Timeout=30").Options);

    public async Task DisposeAsync()
    {
        await _stripe.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
