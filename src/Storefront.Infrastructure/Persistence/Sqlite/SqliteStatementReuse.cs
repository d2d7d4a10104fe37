using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Runs each SQL text on a connection through one command compiled once (<see cref="ConnectionStatements"/>), for the
/// connections <see cref="KeptOpenSqliteConnection"/> keeps open. One instance serves every (pooled) context.
/// </summary>
internal sealed class SqliteStatementReuse : IDbConnectionInterceptor, IDbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, ConnectionStatements> _statements = new();

    public static SqliteStatementReuse Instance { get; } = new();

    public DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (result is SqliteConnection sqlite)
        {
            _statements.AddOrUpdate(sqlite, new ConnectionStatements(sqlite));
        }

        return result;
    }

    public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { Connection: { } connection } command && _statements.TryGetValue(connection, out var statements)
            ? statements.Use(command)
            : result;
}
