using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Domain.Carts;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Persistence;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Persistence;

/// <summary>
/// Only a save that lost a race is worth trying again: these provoke real failures on a SQLite file and check which
/// ones the shop's retry treats as lost races.
/// </summary>
public sealed class LostRaceTests : IAsyncLifetime
{
    private readonly SqliteTestFolder _folder = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = _folder.Services();
        await _services.InitialiseDatabaseAsync();
    }

    [Fact]
    public async Task Stock_changed_by_another_request_since_it_was_read_is_a_lost_race()
    {
        await using var first = Scope(out var mine);
        await using var second = Scope(out var theirs);
        var product = await mine.Products.Include(p => p.Variants).FirstAsync(p => p.Variants.Any(v => v.StockOnHand > 2));
        var variantId = product.Variants.First(v => v.StockOnHand > 2).Id;
        var same = await theirs.Products.Include(p => p.Variants).FirstAsync(p => p.Id == product.Id);
        same.Reserve(variantId, 1);
        await theirs.SaveChangesAsync();

        product.Reserve(variantId, 1);
        var failure = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => mine.SaveChangesAsync());

        Assert.True(mine.IsLostRace(failure));
    }

    [Fact]
    public async Task The_same_webhook_event_recorded_by_two_requests_is_a_lost_race()
    {
        await using var first = Scope(out var mine);
        await using var second = Scope(out var theirs);
        theirs.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent("evt_twice", "checkout.session.completed", DateTimeOffset.UtcNow));
        await theirs.SaveChangesAsync();

        mine.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent("evt_twice", "checkout.session.completed", DateTimeOffset.UtcNow));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => mine.SaveChangesAsync());

        Assert.True(mine.IsLostRace(failure));
    }

    [Fact]
    public async Task A_cart_line_for_a_sock_that_does_not_exist_is_not_a_race_and_would_fail_every_time()
    {
        await using var scope = Scope(out var db);
        var cart = new Cart(DateTimeOffset.UtcNow);
        cart.Add(Guid.NewGuid(), 1, 12m, 5, DateTimeOffset.UtcNow);
        db.Carts.Add(cart);

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(db.IsLostRace(failure));
    }

    private AsyncServiceScope Scope(out StorefrontDbContext db)
    {
        var scope = _services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        return scope;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}
