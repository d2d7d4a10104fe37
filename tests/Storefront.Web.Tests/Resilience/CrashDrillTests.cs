using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Application.Checkout.SendPendingConfirmations;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Persistence;
using Storefront.Web.Tests.Support;
using Xunit.Abstractions;

namespace Storefront.Web.Tests.Resilience;

/// <summary>
/// The shop as a real process, 40 shoppers buying at once, SIGKILL in the middle, a restart on the same file, the run
/// finished: every sock and every paid order is still accounted for.
/// </summary>
public sealed class CrashDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Shoppers = 40;
    private const int PurchasesEach = 2;
    private const int StockEach = 30;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storefront-drill", Guid.NewGuid().ToString("N"));
    private FakeStripe _stripe = null!;

    private string DatabasePath => Path.Combine(_directory, "storefront.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _stripe = await FakeStripe.StartAsync();
    }

    [Theory]
    [InlineData(5)]
    [InlineData(45)]
    public async Task Killed_mid_run_and_restarted_the_shop_keeps_every_paid_order_once_and_every_sock(int killAfterConfirmedPayments)
    {
        await using var shop = await ShopProcess.StartAsync(_directory, _stripe);
        var variants = await StockTheDrillAsync();
        var startingStock = await StockAsync();
        var shoppers = Enumerable.Range(0, Shoppers)
            .Select(i => new DrillShopper(i, variants, _stripe, PurchasesEach, abandonsLast: i % 8 == 0)).ToList();

        var confirmed = 0;
        var run = Task.WhenAll(shoppers.Select(s => Task.Run(() => s.RunAsync(shop.Address, () => Interlocked.Increment(ref confirmed)))));
        while (Volatile.Read(ref confirmed) < killAfterConfirmedPayments && !run.IsCompleted)
        {
            await Task.Delay(5);
        }

        var confirmedAtKill = Volatile.Read(ref confirmed);
        await shop.KillAsync();
        await run;

        await using (var restarted = await ShopProcess.StartAsync(_directory, _stripe))
        {
            await Task.WhenAll(shoppers.Select(s => Task.Run(() => s.RunAsync(restarted.Address, () => Interlocked.Increment(ref confirmed)))));
            var exitCode = await restarted.StopAsync();
            Assert.True(exitCode == 0, $"SIGTERM ended the shop with {exitCode}:\n{restarted.OutputTail}");
        }

        var orders = await OrdersAsync();
        output.WriteLine($"{Shoppers} shoppers; killed after {confirmedAtKill} acknowledged payments; {orders.Count} orders, "
            + $"{orders.Count(o => o.IsPaid)} paid, {shoppers.Sum(s => s.Paid.Count)} paid at Stripe, {shoppers.Count(s => s.Refused)} refused checkouts, "
            + $"{shoppers.Count(s => s.Abandoned is not null)} abandoned, {shoppers.Sum(s => s.Redeliveries)} webhook redeliveries");

        Assert.Empty(shoppers.SelectMany(s => s.Wrong));
        Assert.True(confirmedAtKill >= killAfterConfirmedPayments, "The run ended before the kill.");
        Assert.Equal(orders.Count, orders.Select(o => o.Number).Distinct().Count());
        Assert.DoesNotContain(orders, o => o.Lines.Count == 0);
        Assert.DoesNotContain(orders, o => o.FlaggedForReview);
        AssertEveryPaymentIsOnePaidOrder(shoppers.SelectMany(s => s.Paid).ToList(), orders);
        await AssertReservationsBelongToPendingOrdersAsync(orders);
        await AssertEverySockIsAccountedForAsync(startingStock, orders);

        // The shop's sweeper and confirmation retry, as its background service runs them two hours on.
        await using var later = new TwoHoursLater(_directory);
        await using (var scope = later.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new ReleaseExpiredReservationsCommand());

            // The service sends a batch a minute; two hours on it has run until nothing was left (bounded here).
            var resent = new List<int>();
            for (var round = 0; round < 20 && (resent.Count == 0 || resent[^1] > 0); round++)
            {
                resent.Add(await mediator.Send(new SendPendingConfirmationsCommand()));
            }

            output.WriteLine($"confirmations sent late, per run of the service: {string.Join(", ", resent)}");
        }

        var swept = await OrdersAsync();
        Assert.DoesNotContain(swept, o => o.HoldsStock);
        Assert.All(await VariantsAsync(), v => Assert.Equal(0, v.Reserved));
        foreach (var abandoned in shoppers.Where(s => s.Abandoned is not null))
        {
            Assert.Equal(OrderStatus.Cancelled, swept.Single(o => o.PaymentSessionId == abandoned.Abandoned).Status);
        }

        await AssertEverySockIsAccountedForAsync(startingStock, swept);
        AssertOneEmailPerPaidOrder(swept);
    }

    /// <summary>Paid at Stripe means paid in the shop, once: one "Paid" entry, one sale (checked with the stock).</summary>
    private static void AssertEveryPaymentIsOnePaidOrder(List<string> paidSessions, List<Order> orders)
    {
        foreach (var session in paidSessions)
        {
            var order = Assert.Single(orders, o => o.PaymentSessionId == session);
            Assert.Equal(OrderStatus.Paid, order.Status);
            Assert.Single(order.Events, e => e.Kind == "Paid");
        }

        Assert.Equal(paidSessions.Count, orders.Count(o => o.IsPaid));
    }

    private async Task AssertReservationsBelongToPendingOrdersAsync(List<Order> orders)
    {
        Assert.DoesNotContain(orders, o => o.HoldsStock && o.Status != OrderStatus.PendingPayment);
        var held = orders.Where(o => o.HoldsStock).SelectMany(o => o.Lines).GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        foreach (var variant in await VariantsAsync())
        {
            Assert.Equal(held.GetValueOrDefault(variant.Id), variant.Reserved);
        }
    }

    /// <summary>For every variant: what is on the shelf (reserved included) plus what was sold is what there was.</summary>
    private async Task AssertEverySockIsAccountedForAsync(Dictionary<Guid, int> startingStock, List<Order> orders)
    {
        var sold = orders.Where(o => o.IsPaid).SelectMany(o => o.Lines).GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        foreach (var variant in await VariantsAsync())
        {
            Assert.True(variant.Reserved <= variant.StockOnHand, $"{variant.Sku} holds more than it has.");
            Assert.Equal(startingStock[variant.Id], variant.StockOnHand + sold.GetValueOrDefault(variant.Id));
        }
    }

    private void AssertOneEmailPerPaidOrder(List<Order> orders)
    {
        var emails = Directory.GetFiles(Path.Combine(_directory, "emails"), "*.eml").Select(File.ReadAllText).ToList();
        foreach (var order in orders.Where(o => o.IsPaid))
        {
            Assert.Single(emails, e => e.Contains($"Order {order.Number}", StringComparison.Ordinal));
            Assert.Single(order.Events, e => e.Kind == "ConfirmationSent");
        }
    }

    /// <summary>Six variants of three products, 30 of each: enough for most of the 80 purchases, few enough that shoppers collide.</summary>
    private async Task<List<Guid>> StockTheDrillAsync()
    {
        await using var db = Db();
        var products = await db.Products.Include(p => p.Variants).Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Name).Take(3).ToListAsync();
        var variants = new List<Guid>();
        foreach (var product in products)
        {
            foreach (var variant in product.Variants.Where(v => !v.IsRetired).Take(2))
            {
                db.StockAdjustments.Add(product.AdjustStock(variant.Id, StockEach, "Crash drill", DateTimeOffset.UtcNow));
                variants.Add(variant.Id);
            }
        }

        await db.SaveChangesAsync();
        return variants;
    }

    private async Task<Dictionary<Guid, int>> StockAsync() => (await VariantsAsync()).ToDictionary(v => v.Id, v => v.StockOnHand);

    private async Task<List<ProductVariant>> VariantsAsync()
    {
        await using var db = Db();
        return await db.Products.AsNoTracking().SelectMany(p => p.Variants).ToListAsync();
    }

    private async Task<List<Order>> OrdersAsync()
    {
        await using var db = Db();
        return await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Events).ToListAsync();
    }

    private SqliteStorefrontDbContext Db() =>
        new(new DbContextOptionsBuilder<SqliteStorefrontDbContext>().UseSqlite($"Data Source={DatabasePath};Default Timeout=30").Options);

    public async Task DisposeAsync()
    {
        await _stripe.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>The shop's own services over the drill's files, their clock two hours on: what its background sweeper does by then.</summary>
    private sealed class TwoHoursLater(string directory) : StorefrontFactory(directory)
    {
        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("Checkout:PublicBaseUrl", StripeStorefrontFactory.PublicBaseUrl);
            builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new LaterClock(TimeSpan.FromHours(2))));
        }
    }

    private sealed class LaterClock(TimeSpan ahead) : IClock
    {
        public DateTimeOffset UtcNow => DateTimeOffset.UtcNow + ahead;
    }
}
