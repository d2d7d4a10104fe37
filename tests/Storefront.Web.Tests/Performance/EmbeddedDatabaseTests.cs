using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Infrastructure.Persistence;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Performance;

/// <summary>The SQLite file under load: readers never wait for the writer, and writers queue instead of failing.</summary>
public sealed class EmbeddedDatabaseTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode_with_foreign_keys_enforced_on_every_pooled_connection()
    {
        for (var i = 0; i < 3; i++)
        {
            var settings = await factory.WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                var found = new List<string>();
                foreach (var pragma in new[] { "journal_mode", "foreign_keys", "synchronous" })
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = $"PRAGMA {pragma};";
                    found.Add(Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!);
                }

                return found;
            });

            Assert.Equal(["wal", "1", "1"], settings);
        }
    }

    [Fact]
    public async Task Fifty_shoppers_adding_to_their_carts_at_once_all_succeed()
    {
        var variant = await factory.VariantAsync(7m, stock: 500);
        var shoppers = Enumerable.Range(0, 50).Select(_ => new Shopper(factory)).ToList();

        var answers = await Task.WhenAll(shoppers.Select(s => s.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "2"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.SeeOther, a.StatusCode));
        var counts = await Task.WhenAll(shoppers.Select(async s => (await s.CartAsync()).QuerySelector("[data-testid=cart-count]")?.TextContent));
        Assert.All(counts, c => Assert.Equal("2", c));
    }

    [Fact]
    public async Task Other_writers_get_in_while_a_request_that_lost_a_race_is_still_deciding_what_to_save_again()
    {
        var variant = await factory.VariantAsync(5m, stock: 10);
        await using var loser = factory.Services.CreateAsyncScope();
        var db = await LoseARaceAsync(loser, variant);

        // The loser has not saved again yet (its retry would wait, then read again): the file and the gate are free.
        await CountStockElsewhereAsync(variant, 25, "Counted meanwhile");

        db.ChangeTracker.Clear();
        var fresh = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variant));
        fresh.AdjustStock(variant, 30, "Counted again after the race", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        Assert.Equal(30, (await factory.StockAsync(variant)).StockOnHand);
    }

    [Fact]
    public async Task A_save_of_several_rows_that_lost_a_race_leaves_nothing_behind_and_lets_other_writers_in_before_it_tries_again()
    {
        var counted = await factory.VariantAsync(5m, stock: 10);
        var restocked = await factory.VariantAsync(5m, stock: 10);
        await using var loser = factory.Services.CreateAsyncScope();
        await LoseARaceAsync(loser, counted, restocked);

        // One UPDATE inside the transaction EF opened for the save may have run before the other lost: nothing of it
        // stays, and the gate is back (with the file free) although the loser has not tried again yet.
        Assert.Equal(10, (await factory.StockAsync(counted)).StockOnHand);
        await CountStockElsewhereAsync(counted, 25, "Counted meanwhile");
        Assert.Equal(25, (await factory.StockAsync(counted)).StockOnHand);
    }

    [Fact]
    public async Task A_request_that_lost_a_race_and_saved_again_does_not_keep_the_next_writer_waiting()
    {
        var variant = await factory.VariantAsync(5m, stock: 10);
        await using var loser = factory.Services.CreateAsyncScope();
        var db = await LoseARaceAsync(loser, variant);
        db.ChangeTracker.Clear();
        var fresh = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variant));
        fresh.AdjustStock(variant, 30, "Counted again after the race", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();

        // The request goes on (a payment provider call, say) with its scope open; another writer must get in meanwhile.
        await CountStockElsewhereAsync(variant, 25, "Counted again");

        Assert.Equal(25, (await factory.StockAsync(variant)).StockOnHand);
    }

    [Fact]
    public async Task A_transaction_still_open_when_its_request_ends_does_not_keep_the_next_writer_waiting()
    {
        var variant = await factory.VariantAsync(5m, stock: 10);
        await using (var abandoned = factory.Services.CreateAsyncScope())
        {
            // Takes the writer gate; neither committed nor disposed. Its pooled context goes back to the pool with the scope.
            await abandoned.ServiceProvider.GetRequiredService<StorefrontDbContext>().Database.BeginTransactionAsync();
        }

        await CountStockElsewhereAsync(variant, 25, "Counted after an abandoned transaction");

        Assert.Equal(25, (await factory.StockAsync(variant)).StockOnHand);
    }

    /// <summary>
    /// Another request counts the variant's stock and saves it. Bounded: a writer gate that is never given back fails
    /// the test instead of hanging it.
    /// </summary>
    private async Task CountStockElsewhereAsync(Guid variant, int counted, string reason)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await factory.WithDbAsync(async other =>
        {
            var product = await other.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variant), bound.Token);
            product.AdjustStock(variant, counted, reason, DateTimeOffset.UtcNow);
            await other.SaveChangesAsync(bound.Token);
        });
    }

    /// <summary>
    /// A request (<paramref name="scope"/>) saves stock counts of the <paramref name="variants"/>, read before another
    /// request changed the last of them, and loses.
    /// </summary>
    private async Task<StorefrontDbContext> LoseARaceAsync(AsyncServiceScope scope, params Guid[] variants)
    {
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        var stale = await db.Products.Include(p => p.Variants).Where(p => p.Variants.Any(v => variants.Contains(v.Id))).ToListAsync();
        await factory.RestockAsync(variants[^1], 20);
        foreach (var variant in variants)
        {
            stale.Single(p => p.Variants.Any(v => v.Id == variant)).AdjustStock(variant, 30, "Counted from a stale page", DateTimeOffset.UtcNow);
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        return db;
    }
}
