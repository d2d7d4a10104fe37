using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Holds the <see cref="SqliteWriteGate"/> for one DbContext while it writes: from SaveChanges until the save ends (its
/// connection closes after the commit, or EF reports the save done, failed or lost to a race), or from the start of an
/// explicit transaction to its commit or rollback. Nested uses
/// (SaveChanges inside a transaction) count, so the gate is taken once. A writer that gives the gate to a waiting one
/// lets it run first (see <see cref="SqliteWriteGate.Exit"/>). One instance serves every (pooled) context; what a context holds is kept per context, and a
/// gate still held when its context goes back to the pool (a transaction disposed without commit) is given back then.
/// </summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor, IContextScopeInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Hold> _holds = new();

    /// <summary>How deep a context is in writes (a save inside a transaction is 2).</summary>
    private sealed class Hold
    {
        public int Depth;
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

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (ExitSave(eventData.Context))
        {
            await Task.Yield();
        }

        return result;
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

    /// <summary>
    /// A save that lost a race ends here: EF rolls back and throws without a failed-save event. The gate goes back
    /// before the retry waits and reads again, which would otherwise stop every other writer.
    /// </summary>
    public InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        ExitSave(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => ExitAfterClose(eventData.Context);

    public async Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (ExitAfterClose(eventData.Context))
        {
            // The next writer's continuation was queued on this thread: let it run now rather than after the rest of
            // this request (rendering a page, say), which would leave the file idle meanwhile.
            await Task.Yield();
        }
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
    /// A save's connection closes once its work is committed (or rolled back), and no explicit transaction holds on:
    /// the write is over, and the gate goes back before EF accepts the saved values. (A <see cref="KeptOpenSqliteConnection"/> reports a close
    /// only the first time: later uses find it open. The save's own end events cover those.)
    /// </summary>
    private bool ExitAfterClose(DbContext? context) => context?.Database.CurrentTransaction is null && ExitAll(context);

    /// <summary>The end of a SaveChanges. Outside an explicit transaction nothing may hold the gate any more. Answers whether a waiting writer got it.</summary>
    private bool ExitSave(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? ExitAll(context) : Exit(context);

    private bool ExitAll(DbContext? context)
    {
        if (context is not null && _holds.TryGetValue(context, out var hold) && hold.Depth > 0)
        {
            hold.Depth = 0;
            return gate.Exit();
        }

        return false;
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

    private bool Exit(DbContext? context) =>
        context is not null && _holds.TryGetValue(context, out var hold) && hold.Depth > 0 && --hold.Depth == 0 && gate.Exit();

    private Hold HoldOf(DbContext? context) =>
        _holds.GetOrCreateValue(context ?? throw new InvalidOperationException("A write on the SQLite file without a DbContext cannot queue for the writer gate."));
}
