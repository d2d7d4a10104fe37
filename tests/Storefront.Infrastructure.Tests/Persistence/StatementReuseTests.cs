using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Persistence;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Persistence;

/// <summary>
/// The SQLite connections stay open between requests and keep their compiled statements: a query asked again is not
/// compiled again, yet answers for its new parameters, and a statement that failed does not poison the next use.
/// SQLite's own count of the memory its compiled statements hold is what shows a compilation.
/// </summary>
public sealed class StatementReuseTests : IAsyncLifetime
{
    private readonly SqliteTestFolder _folder = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await using (var setUp = _folder.Services())
        {
            await setUp.InitialiseDatabaseAsync();
        }

        // A provider whose context pool starts empty: one request after another gets the same pooled context back.
        _services = _folder.Services();
    }

    [Fact]
    public async Task A_query_asked_again_by_a_later_request_is_not_compiled_again_and_answers_for_its_own_parameters()
    {
        Slug slug;
        sqlite3 firstHandle;
        await using (var first = _services.CreateAsyncScope())
        {
            var db = first.ServiceProvider.GetRequiredService<StorefrontDbContext>();
            slug = (await db.Products.AsNoTracking().OrderBy(p => p.Name).FirstAsync()).Slug;
            Assert.Equal(1, await CountBySlugAsync(db, slug));
            firstHandle = Handle(db);
        }

        await using var second = _services.CreateAsyncScope();
        var again = second.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        Assert.Same(firstHandle, Handle(again));
        var compiled = StatementMemory(again);

        Assert.Equal(0, await CountBySlugAsync(again, Slug.Parse(slug.Value + "-none")));
        Assert.Equal(1, await CountBySlugAsync(again, slug));
        Assert.Equal(compiled, StatementMemory(again));
    }

    [Fact]
    public async Task A_save_that_failed_leaves_the_same_statement_working_for_the_next_save()
    {
        await RecordAsync("evt_reuse_1");
        await Assert.ThrowsAsync<DbUpdateException>(() => RecordAsync("evt_reuse_1"));
        await RecordAsync("evt_reuse_2");

        await using var check = _services.CreateAsyncScope();
        var saved = await check.ServiceProvider.GetRequiredService<StorefrontDbContext>().ProcessedWebhookEvents
            .Where(e => e.EventId.StartsWith("evt_reuse_")).Select(e => e.EventId).OrderBy(id => id).ToListAsync();
        Assert.Equal(["evt_reuse_1", "evt_reuse_2"], saved);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>One request recording a webhook event: the same INSERT, on the same pooled context and connection each time.</summary>
    private async Task RecordAsync(string eventId)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent(eventId, "checkout.session.completed", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    private static Task<int> CountBySlugAsync(StorefrontDbContext db, Slug slug) =>
        db.Products.CountAsync(p => p.Slug == slug);

    private static sqlite3 Handle(StorefrontDbContext db) =>
        ((SqliteConnection)db.Database.GetDbConnection()).Handle ?? throw new InvalidOperationException("The connection is not open.");

    private static int StatementMemory(StorefrontDbContext db)
    {
        raw.sqlite3_db_status(Handle(db), raw.SQLITE_DBSTATUS_STMT_USED, out var current, out _, 0);
        return current;
    }
}
