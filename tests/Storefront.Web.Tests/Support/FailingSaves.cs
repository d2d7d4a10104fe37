using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// Makes chosen saves fail as a full disk would (not a lost race), and counts the attempts, so tests can see that such
/// a save is tried once and its failure reaches whoever asked.
/// </summary>
public sealed class FailingSaves : SaveChangesInterceptor
{
    private Func<DbContext, bool> _matches = _ => false;
    private int _failuresLeft;
    private int _attempts;

    /// <summary>Saves matched so far, failed or not.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>The next <paramref name="count"/> saves that <paramref name="matches"/> fail; every matching save is counted.</summary>
    public void Fail(int count, Func<DbContext, bool> matches)
    {
        _matches = matches;
        _attempts = 0;
        _failuresLeft = count;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _matches(context))
        {
            Interlocked.Increment(ref _attempts);
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
