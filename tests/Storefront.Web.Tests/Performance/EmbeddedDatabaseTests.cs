using System.Net;
using Microsoft.EntityFrameworkCore;
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
}
