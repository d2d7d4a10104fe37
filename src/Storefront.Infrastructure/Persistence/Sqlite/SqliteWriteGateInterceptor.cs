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
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDisposable
{
    private int _depth;

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
    /// The end of a SaveChanges. Outside an explicit transaction nothing may hold the gate any more. A save that lost a
    /// race raises no event at all (EF disposes its transaction afterwards), so it keeps the gate until this context's
    /// next save ends here (the retry), or until its scope ends.
    /// </summary>
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
