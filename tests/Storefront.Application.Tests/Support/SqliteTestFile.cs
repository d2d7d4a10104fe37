using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Application.Tests.Support;

/// <summary>A SQLite file of a test's own in the temp folder, opened as the shop opens it, deleted afterwards.</summary>
public sealed class SqliteTestFile : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"storefront-app-{Guid.NewGuid():N}.db");

    public SqliteStorefrontDbContext NewDb() =>
        new(new DbContextOptionsBuilder<SqliteStorefrontDbContext>().UseSqlite($"Data Source={_path};Foreign Keys=True;Default Timeout=30").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
