using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Holds the <see cref="SqliteWriteGate"/> for one DbContext while it writes: from SaveChanges to its end, or from the
/// start of an explicit transaction to its commit or rollback. Nested uses (SaveChanges inside a transaction) count, so
/// the gate is taken once. One instance serves every (pooled) context; what a context holds is kept per context, and a
/// gate still held when its context goes back to the pool (a transaction disposed without commit) is given back then.
/// </summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor, IContextScopeInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Hold> _holds = new();

    /// <summary>How deep a context is in writes (a save inside a transaction is 2), and whether its save just lost a race.</summary>
    private sealed class Hold
    {
        public int Depth;
        public bool LostRace;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ExitSave(eventData.Context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ExitSave(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => ExitSave(eventData.Context);

    public InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        MarkLostRace(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        MarkLostRace(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => ExitAfterLostRace(eventData.Context);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        ExitAfterLostRace(eventData.Context);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit(eventData.Context);

    /// <summary>The context's scope ended (it goes back to the pool): nothing it began may hold the gate any more.</summary>
    public void ScopeEnded(DbContext context) => ExitAll(context);

    /// <summary>
    /// A save that lost a race raises no end event: EF reports the race, then rolls its transaction back and closes the
    /// connection. Once the connection is closed (and no explicit transaction holds on) the write is over, so the gate
    /// goes back before the retry waits and reads again; holding it through those would stop every other writer.
    /// </summary>
    private void ExitAfterLostRace(DbContext? context)
    {
        if (context is not null && _holds.TryGetValue(context, out var hold) && hold.LostRace && context.Database.CurrentTransaction is null)
        {
            hold.LostRace = false;
            ExitAll(context);
        }
    }

    private void MarkLostRace(DbContext? context)
    {
        if (context is not null)
        {
            _holds.GetOrCreateValue(context).LostRace = true;
        }
    }

    /// <summary>The end of a SaveChanges. Outside an explicit transaction nothing may hold the gate any more.</summary>
    private void ExitSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            ExitAll(context);
        }
        else
        {
            Exit(context);
        }
    }

    private void ExitAll(DbContext? context)
    {
        if (context is not null && _holds.TryGetValue(context, out var hold) && hold.Depth > 0)
        {
            hold.Depth = 0;
            gate.Exit();
        }
    }

    private async Task EnterAsync(DbContext? context, CancellationToken cancellationToken)
    {
        var hold = HoldOf(context);
        if (hold.Depth++ == 0)
        {
            try
            {
                await gate.EnterAsync(cancellationToken);
            }
            catch
            {
                hold.Depth--;
                throw;
            }
        }
    }

    private void Enter(DbContext? context)
    {
        if (HoldOf(context).Depth++ == 0)
        {
            gate.Enter();
        }
    }

    private void Exit(DbContext? context)
    {
        if (context is not null && _holds.TryGetValue(context, out var hold) && hold.Depth > 0 && --hold.Depth == 0)
        {
            gate.Exit();
        }
    }

    private Hold HoldOf(DbContext? context) =>
        _holds.GetOrCreateValue(context ?? throw new InvalidOperationException("A write on the SQLite file without a DbContext cannot queue for the writer gate."));
}
