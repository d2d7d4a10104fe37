using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Holds the <see cref="SqliteWriteGate"/> for one DbContext while it writes: from SaveChanges to its end, or from the
/// start of an explicit transaction to its commit or rollback. Nested uses (SaveChanges inside a transaction) count, so
/// the gate is taken once. Scoped like the context; a gate still held when the scope ends (a transaction disposed
/// without commit) is given back then.
/// </summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    private int _depth;
    private bool _lostRace;

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(cancellationToken);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enter();
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
        _lostRace = true;
        return result;
    }

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        _lostRace = true;
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
        await EnterAsync(cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter();
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit();

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit();
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit();

    public void Dispose() => ExitAll();

    /// <summary>
    /// A save that lost a race raises no end event: EF reports the race, then rolls its transaction back and closes the
    /// connection. Once the connection is closed (and no explicit transaction holds on) the write is over, so the gate
    /// goes back before the retry waits and reads again; holding it through those would stop every other writer.
    /// </summary>
    private void ExitAfterLostRace(DbContext? context)
    {
        if (_lostRace && context?.Database.CurrentTransaction is null)
        {
            _lostRace = false;
            ExitAll();
        }
    }

    /// <summary>The end of a SaveChanges. Outside an explicit transaction nothing may hold the gate any more.</summary>
    private void ExitSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            ExitAll();
        }
        else
        {
            Exit();
        }
    }

    private void ExitAll()
    {
        if (_depth > 0)
        {
            _depth = 0;
            gate.Exit();
        }
    }

    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        if (_depth++ == 0)
        {
            try
            {
                await gate.EnterAsync(cancellationToken);
            }
            catch
            {
                _depth--;
                throw;
            }
        }
    }

    private void Enter()
    {
        if (_depth++ == 0)
        {
            gate.Enter();
        }
    }

    private void Exit()
    {
        if (_depth > 0 && --_depth == 0)
        {
            gate.Exit();
        }
    }
}
