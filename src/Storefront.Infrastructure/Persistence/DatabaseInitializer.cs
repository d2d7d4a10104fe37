using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Infrastructure.Persistence.Sqlite;

namespace Storefront.Infrastructure.Persistence;

/// <summary>Brings the database up to date at start: migrations (SQLite always, SQL Server when asked), then the sample catalog once.</summary>
public static partial class DatabaseInitializer
{
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            SqliteConnectionSetup.EnableWriteAheadLog((SqliteConnection)db.Database.GetDbConnection());
            await db.Database.CloseConnectionAsync();
        }

        if (options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, options.Provider);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is migrated")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);
}
