using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application;
using Storefront.Infrastructure.Persistence;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Persistence;

/// <summary>What a first start does to a fresh SQLite file, through the same services the web host registers.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storefront-infra-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public SqliteDatabaseTests()
    {
        Directory.CreateDirectory(_directory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:SqlitePath"] = "storefront.db",
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddApplication(configuration)
            .AddInfrastructure(configuration, new TestHostEnvironment(_directory))
            .BuildServiceProvider();
    }

    [Fact]
    public async Task A_fresh_file_is_created_under_the_data_folder_and_fully_migrated()
    {
        await _services.InitialiseDatabaseAsync();

        Assert.True(File.Exists(Path.Combine(_directory, "App_Data", "storefront.db")));
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Seeding_a_second_time_adds_nothing()
    {
        await _services.InitialiseDatabaseAsync();
        var first = await CountAsync();

        await _services.InitialiseDatabaseAsync();

        Assert.True(first.Products >= 12, $"The sample catalog has {first.Products} products; the shop promises at least 12.");
        Assert.Equal(first, await CountAsync());
    }

    private async Task<(int Products, int Variants, int Images, int Categories)> CountAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        return (
            await db.Products.CountAsync(),
            await db.Products.SelectMany(p => p.Variants).CountAsync(),
            await db.Products.SelectMany(p => p.Images).CountAsync(),
            await db.Categories.CountAsync());
    }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
