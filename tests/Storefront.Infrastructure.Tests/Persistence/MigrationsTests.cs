using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Infrastructure.Tests.Persistence;

/// <summary>Each provider's migrations in the repo must describe exactly the model the code builds. No server is needed.</summary>
public sealed class MigrationsTests
{
    private static SqliteStorefrontDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteStorefrontDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static SqlServerStorefrontDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerStorefrontDbContext>()
            .UseSqlServer("Server=unused.invalid;Database=Storefront;User Id=sa;Password=unused;TrustServerCertificate=True")
            .Options);

    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Run infra/scripts/add-migration.sh: the SQLite model changed since the last migration.");
    }

    [Fact]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = SqlServer();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Run infra/scripts/add-migration.sh: the SQL Server model changed since the last migration.");
    }

    [Fact]
    public void The_sql_server_idempotent_script_guards_each_migration_and_creates_the_catalog_tables_with_money_as_decimal_18_2()
    {
        using var db = SqlServer();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Products]", script);
        Assert.Contains("CREATE TABLE [ProductVariants]", script);
        Assert.Contains("CREATE TABLE [Categories]", script);
        Assert.Contains("decimal(18,2)", script);
        Assert.All(db.Database.GetMigrations(), id => Assert.Contains($"WHERE [MigrationId] = N'{id}'", script));
    }

    [Fact]
    public void The_sql_server_create_script_generates_without_a_server()
    {
        using var db = SqlServer();

        Assert.Contains("CREATE TABLE [Products]", db.Database.GenerateCreateScript());
    }
}
