using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Carts.PurgeIdleCarts;
using Storefront.Application.Common;
using Storefront.Application.Tests.Support;
using Storefront.Domain.Carts;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Application.Tests.Carts;

public sealed class PurgeIdleCartsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestFile _file = new();

    public async Task InitializeAsync()
    {
        await using var db = NewDb();
        await db.Database.MigrateAsync();
    }

    [Fact]
    public async Task Carts_idle_for_sixty_days_are_deleted_with_their_lines_and_newer_carts_stay()
    {
        Guid stale, fresh;
        await using (var db = NewDb())
        {
            var category = new Category("Everyday", Slug.Parse("everyday"), 0);
            var product = new Product("Crew", Slug.Parse("crew"), category.Id, SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, Now);
            var variant = product.AddVariant("CREW-M", "M", "Black", "#000000", new Money(20m), null, stockOnHand: 10);
            var old = new Cart(Now.AddDays(-70));
            old.Add(variant.Id, 2, 20m, 10, Now.AddDays(-61));
            var recent = new Cart(Now.AddDays(-70));
            recent.Add(variant.Id, 1, 20m, 10, Now.AddDays(-59));
            db.AddRange(category, product, old, recent);
            await db.SaveChangesAsync();
            (stale, fresh) = (old.Id, recent.Id);
        }

        await using (var db = NewDb())
        {
            Assert.Equal(1, await new PurgeIdleCartsCommandHandler(db, new FixedClock()).Handle(new PurgeIdleCartsCommand(), CancellationToken.None));
        }

        await using var check = NewDb();
        Assert.Equal([fresh], await check.Carts.Select(c => c.Id).ToListAsync());
        Assert.Equal([fresh], await check.Set<CartLine>().Select(l => l.CartId).ToListAsync());
        Assert.DoesNotContain(stale, await check.Carts.Select(c => c.Id).ToListAsync());
    }

    private SqliteStorefrontDbContext NewDb() => _file.NewDb();

    public Task DisposeAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }

    private sealed class FixedClock : IClock
    {
        public DateTimeOffset UtcNow => Now;
    }
}
