using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Per-connection settings, applied once to each physical connection rather than on every open from the pool (where a
/// <c>Foreign Keys=True</c> connection-string keyword would run its PRAGMA each time). WAL itself is a property of the
/// file, set once at start (<see cref="EnableWriteAheadLog"/>); with WAL, <c>synchronous=NORMAL</c> survives a killed
/// process and only skips the fsync on each commit.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = new();

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    public static void EnableWriteAheadLog(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    private static void Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Prepared.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        Prepared.AddOrUpdate(handle, Prepared);
    }
}
