using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Storefront.Infrastructure.Persistence.Sqlite;

#pragma warning disable EF1001 // EF's own SQLite connection, extended: there is no public hook for what it closes.

/// <summary>
/// EF's SQLite connection, except that it stays open for as long as its (pooled) context lives, instead of closing
/// after every query and whenever the context goes back to the pool. Closing a <c>SqliteConnection</c> disposes every
/// command made on it, compiled statements included; an open one keeps them for <see cref="SqliteStatementReuse"/>.
/// EF reports a close only the first time (later uses find the connection open), still rolls back a transaction left
/// open when the context goes back to the pool, and closes the connection for real when it disposes the context.
/// </summary>
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;

    /// <summary>Has the context use this connection in place of EF's own.</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
}
#pragma warning restore EF1001
