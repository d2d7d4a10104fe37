using Microsoft.Data.Sqlite;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The compiled statements of one open connection, by SQL text. EF creates and disposes a command for every query and
/// save, and Microsoft.Data.Sqlite compiles the SQL again for each new command (dotnet/efcore#14044): about a fifth of
/// the purchase path's CPU went to <c>sqlite3_prepare</c>. Here the command EF built hands its parameters to the
/// command compiled for the same text on this connection, which runs instead.
/// </summary>
internal sealed class ConnectionStatements(SqliteConnection connection)
{
    /// <summary>Enough for every statement the shop runs; admin searches and the like beyond it just compile as before.</summary>
    private const int MaxStatements = 200;

    private readonly Dictionary<string, ReusedSqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteCommand Use(SqliteCommand built)
    {
        if (_commands.TryGetValue(built.CommandText, out var reused) && reused.InUse)
        {
            return built; // the same SQL again while its first reader is still open
        }

        if (reused is null)
        {
            if (_commands.Count >= MaxStatements)
            {
                return built;
            }

            reused = new ReusedSqliteCommand(built.CommandText, connection, this);
            _commands.Add(built.CommandText, reused);
        }

        reused.TakeOver(built);
        return reused;
    }

    /// <summary>Forgets a command whose connection is closing, so a later use compiles afresh.</summary>
    public void Forget(ReusedSqliteCommand command) => _commands.Remove(command.CommandText);
}

/// <summary>
/// A command kept with its compiled statements between uses. EF disposes every command after use: for this one that
/// only hands it back. Any other dispose (its connection closing, say) releases the statements for real.
/// </summary>
internal sealed class ReusedSqliteCommand : SqliteCommand
{
    private readonly ConnectionStatements _owner;

    public ReusedSqliteCommand(string commandText, SqliteConnection connection, ConnectionStatements owner)
        : base(commandText, connection)
    {
        _owner = owner;
    }

    public bool InUse { get; private set; }

    /// <summary>Runs in place of the command EF built: same transaction, timeout and parameters.</summary>
    public void TakeOver(SqliteCommand built)
    {
        Transaction = built.Transaction;
        CommandTimeout = built.CommandTimeout;
        Parameters.Clear();
        var parameters = built.Parameters.Cast<SqliteParameter>().ToList();
        built.Parameters.Clear();
        built.Dispose();
        foreach (var parameter in parameters)
        {
            Parameters.Add(parameter);
        }

        InUse = true;
    }

    protected override void Dispose(bool disposing)
    {
        if (InUse)
        {
            InUse = false;
            Parameters.Clear();
            Transaction = null;
            return;
        }

        _owner.Forget(this);
        base.Dispose(disposing);
    }
}
