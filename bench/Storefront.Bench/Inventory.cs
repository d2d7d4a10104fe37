using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Bench;

/// <summary>Stock before the purchase load, and the check afterwards that not one sock or paid order went astray.</summary>
internal static class Inventory
{
    public static async Task<int> PrepareAsync(string database, int stock, string snapshot)
    {
        await using var db = Open(database);
        var products = await db.Products.Include(p => p.Variants).Where(p => p.Status == Storefront.Domain.Catalog.ProductStatus.Published).ToListAsync();
        foreach (var product in products)
        {
            foreach (var variant in product.Variants.Where(v => !v.IsRetired))
            {
                product.AdjustStock(variant.Id, stock, "Benchmark stock", DateTimeOffset.UtcNow);
            }
        }

        await db.SaveChangesAsync();
        var start = products.SelectMany(p => p.Variants).Where(v => !v.IsRetired).ToDictionary(v => v.Id, v => v.StockOnHand);
        await File.WriteAllTextAsync(snapshot, JsonSerializer.Serialize(start));
        Console.WriteLine($"prepared {start.Count} variants with {stock} each");
        return 0;
    }

    public static async Task<int> CheckAsync(string database, string snapshot, string confirmedFile)
    {
        var start = JsonSerializer.Deserialize<Dictionary<Guid, int>>(await File.ReadAllTextAsync(snapshot))!;
        var confirmed = File.Exists(confirmedFile) ? (await File.ReadAllLinesAsync(confirmedFile)).Where(l => l.Length > 0).Select(Guid.Parse).ToHashSet() : [];
        await using var db = Open(database);
        var variants = await db.Products.AsNoTracking().SelectMany(p => p.Variants).ToDictionaryAsync(v => v.Id);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Events).ToListAsync();
        var problems = new List<string>();

        var sold = orders.Where(o => o.Status is OrderStatus.Paid or OrderStatus.Shipped).SelectMany(o => o.Lines).GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var held = orders.Where(o => o.Status == OrderStatus.PendingPayment).SelectMany(o => o.Lines).GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        foreach (var (id, onHandAtStart) in start)
        {
            var v = variants[id];
            var available = v.StockOnHand - v.Reserved;
            if (available + v.Reserved + sold.GetValueOrDefault(id) != onHandAtStart)
            {
                problems.Add($"variant {v.Sku}: available {available} + reserved {v.Reserved} + sold {sold.GetValueOrDefault(id)} != start {onHandAtStart}");
            }

            if (v.Reserved != held.GetValueOrDefault(id))
            {
                problems.Add($"variant {v.Sku}: reserved {v.Reserved} but pending orders hold {held.GetValueOrDefault(id)}");
            }
        }

        foreach (var id in confirmed)
        {
            var order = orders.SingleOrDefault(o => o.Id == id);
            var paidEvents = order?.Events.Count(e => e.Kind == "Paid") ?? 0;
            if (order is null || order.Status != OrderStatus.Paid || paidEvents != 1)
            {
                problems.Add($"order {id} was confirmed to its shopper but is {order?.Status.ToString() ?? "missing"} with {paidEvents} paid entries");
            }
        }

        var duplicates = orders.GroupBy(o => o.Number).Count(g => g.Count() > 1);
        var empty = orders.Count(o => o.Lines.Count == 0);
        problems.AddRange(duplicates > 0 ? [$"{duplicates} duplicate order numbers"] : []);
        problems.AddRange(empty > 0 ? [$"{empty} orders without lines"] : []);

        Console.WriteLine($"invariants: {start.Count} variants, {orders.Count} orders ({confirmed.Count} confirmed to shoppers, {orders.Count(o => o.Status == OrderStatus.Paid)} paid): {(problems.Count == 0 ? "all hold" : $"{problems.Count} broken")}");
        problems.Take(20).ToList().ForEach(p => Console.WriteLine($"  {p}"));
        return problems.Count == 0 ? 0 : 1;
    }

    private static SqliteStorefrontDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<SqliteStorefrontDbContext>().UseSqlite($"Data Source={database};Default Timeout=30").Options);
}
