using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Infrastructure.Persistence.Sqlite;

namespace Storefront.Infrastructure.Persistence;

/// <summary>Brings the database up to date at start: migrations (SQLite always, SQL Server when asked), then the sample catalog once.</summary>
public static partial class DatabaseInitializer
{
    public const string MigrationsConnection = "StorefrontMigrations";

    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            SqliteConnectionSetup.EnableWriteAheadLog((SqliteConnection)db.Database.GetDbConnection());
            await db.Database.CloseConnectionAsync();
        }

        if (options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStartup)
        {
            await MigrateAsync(services, options, logger, cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    /// <summary>
    /// With <c>ConnectionStrings:StorefrontMigrations</c> (SQL Server), schema changes run under that login, so the app's
    /// own login needs no right to change the schema.
    /// </summary>
    private static async Task MigrateAsync(IServiceProvider services, DatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        var migrations = scope.ServiceProvider.GetService<IConfiguration>()?.GetConnectionString(MigrationsConnection);
        if (options.Provider == DatabaseProvider.SqlServer && !string.IsNullOrWhiteSpace(migrations))
        {
            db.Database.SetConnectionString(migrations);
        }

        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, options.Provider);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is migrated")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);
}
