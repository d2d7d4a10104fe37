using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Storefront.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Holds the <see cref="SqliteWriteGate"/> for one DbContext while a transaction of its is open: from BEGIN to COMMIT
/// or ROLLBACK. Every SaveChanges runs in one (even a single statement), so a save holds the gate only while it writes:
/// detecting the changes and ordering the commands before, accepting the saved values and evicting pages after, run
/// beside other writers. A writer that gives the gate to a waiting one lets it run first (see
/// <see cref="SqliteWriteGate.Exit"/>). One instance serves every (pooled) context; what a context holds is kept per
/// context, and a gate still held when its context goes back to the pool (a transaction disposed without commit) is
/// given back then.
/// </summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : ISaveChangesInterceptor, IDbTransactionInterceptor, IContextScopeInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Hold> _holds = new();

    private sealed class Hold
    {
        /// <summary>How many transactions of the context hold the gate (an explicit one is 1; nested savepoints do not count).</summary>
        public int Depth;

        /// <summary>The save under way began outside any transaction: the one EF opens for it is the save's own.</summary>
        public bool SaveOwnsTransaction;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeginSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginSave(eventData.Context);
        return result;
    }

    /// <summary>
    /// A save that lost a race: EF throws out of the transaction it opened for the save and then disposes it without
    /// a rollback event. Rolled back here instead, so the gate goes back (at the rollback) with the file already free,
    /// before the retry waits and reads again.
    /// </summary>
    public InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        OwnTransactionOf(eventData.Context)?.Rollback();
        return result;
    }

    public async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (OwnTransactionOf(eventData.Context) is { } transaction)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        return result;
    }

    /// <summary>Any other failed save (a unique key, a cancellation): EF has disposed its own transaction already, also without an event.</summary>
    public void SaveChangesFailed(DbContextErrorEventData eventData) => EndFailedSave(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndFailedSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => EndFailedSave(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        EndFailedSave(eventData.Context);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var hold = HoldOf(eventData.Context);
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

        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (HoldOf(eventData.Context).Depth++ == 0)
        {
            gate.Enter();
        }

        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(eventData.Context);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(eventData.Context);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit(eventData.Context);

    /// <summary>The context's scope ended (it goes back to the pool): nothing it began may hold the gate any more.</summary>
    public void ScopeEnded(DbContext context) => ExitAll(context);

    private void BeginSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var ownsTransaction = context.Database.CurrentTransaction is null;
        HoldOf(context).SaveOwnsTransaction = ownsTransaction;
        if (ownsTransaction)
        {
            // Also for one statement, which EF would otherwise run outside a transaction (and outside the gate).
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private IDbContextTransaction? OwnTransactionOf(DbContext? context) =>
        context is not null && _holds.TryGetValue(context, out var hold) && hold.SaveOwnsTransaction ? context.Database.CurrentTransaction : null;

    private void EndFailedSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            ExitAll(context);
        }
    }

    /// <summary>
    /// The next writer's continuation was queued on this thread: let it run now rather than after the rest of this
    /// request (rendering a page, say), which would leave the file idle meanwhile.
    /// </summary>
    private async Task ExitAsync(DbContext? context)
    {
        if (Exit(context))
        {
            await Task.Yield();
        }
    }

    private bool Exit(DbContext? context) =>
        context is not null && _holds.TryGetValue(context, out var hold) && hold.Depth > 0 && --hold.Depth == 0 && gate.Exit();

    private void ExitAll(DbContext? context)
    {
        if (context is not null && _holds.TryGetValue(context, out var hold) && hold.Depth > 0)
        {
            hold.Depth = 0;
            gate.Exit();
        }
    }

    private Hold HoldOf(DbContext? context) =>
        _holds.GetOrCreateValue(context ?? throw new InvalidOperationException("A write on the SQLite file without a DbContext cannot queue for the writer gate."));
}
