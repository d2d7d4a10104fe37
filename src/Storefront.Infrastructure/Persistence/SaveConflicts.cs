using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Storefront.Infrastructure.Persistence;

/// <summary>
/// Tells a save that lost a race (another request changed the same row, or took the same unique key, first) from one
/// that will fail however often it is tried (a broken constraint, an overflow, a full disk, a locked file).
/// </summary>
internal static class SaveConflicts
{
    // https://www.sqlite.org/rescode.html: SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    // SQL Server: a duplicate key in a unique index (2601) or a unique / primary key constraint (2627).
    private const int SqlServerUniqueIndexViolation = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;

    public static bool IsLostRace(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: SqliteException sqlite } => sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqlitePrimaryKeyViolation,
        { InnerException: SqlException sql } => sql.Number is SqlServerUniqueIndexViolation or SqlServerUniqueConstraintViolation,
        _ => false,
    };
}
