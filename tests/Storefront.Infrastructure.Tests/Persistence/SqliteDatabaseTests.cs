using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    [Fact]
    public async Task A_picture_keeps_the_colour_its_alt_text_named_when_pictures_get_a_colour()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        var migrator = db.GetService<IMigrator>();
        var colourMigration = db.Database.GetMigrations().Single(m => m.EndsWith("_ProductImageColour", StringComparison.Ordinal));
        await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => m != colourMigration).Last());
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Categories (Id, Name, Slug, SortOrder) VALUES ('c1', 'Sport', 'sport', 0);
            INSERT INTO Products (Id, Name, Slug, Description, Material, Care, CategoryId, Style, Compression, Uses, Status, IsFeatured, CreatedAt, FromPrice, Version)
                VALUES ('p1', 'Runner', 'runner', '', '', '', 'c1', 'Crew', 'Mild8To15', 1, 'Published', 0, 0, 2000, 0);
            INSERT INTO ProductVariants (Id, ProductId, Sku, Size, Colour, ColourHex, StockOnHand, Reserved, IsRetired, Price, Currency)
                VALUES ('v1', 'p1', 'R-NVY-M', 'M', 'Navy', '#000080', 5, 0, 0, 2000, 'USD');
            INSERT INTO ProductImages (Id, Url, AltText, Position, ProductId)
                VALUES ('i1', '/a.svg', 'Runner in navy', 0, 'p1'), ('i2', '/b.svg', 'Runner from the side', 1, 'p1');
            """);

        await migrator.MigrateAsync(colourMigration);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Colour FROM ProductImages ORDER BY Position";
        await using var reader = await command.ExecuteReaderAsync();
        var colours = new List<string?>();
        while (await reader.ReadAsync())
        {
            colours.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        Assert.Equal(["Navy", null], colours);
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
