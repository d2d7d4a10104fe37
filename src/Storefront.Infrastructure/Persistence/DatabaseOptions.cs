namespace Storefront.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c> (uses ConnectionStrings:Storefront).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file, relative to the app's data folder unless absolute.</summary>
    public string SqlitePath { get; set; } = "storefront.db";

    /// <summary>Apply migrations at start. Always done for SQLite; for SQL Server only when set.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Add the sample catalog when the database has no products.</summary>
    public bool SeedSampleData { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
