using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Storefront.Infrastructure.Tests.Support;

/// <summary>A temporary folder for the shop's SQLite file, and the infrastructure services the web host registers, pointed at it.</summary>
internal sealed class SqliteTestFolder : IDisposable
{
    private readonly IConfiguration _configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = "storefront.db" })
        .Build();

    public SqliteTestFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "storefront-infra-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A new service provider: its own context pool, the same file.</summary>
    public ServiceProvider Services() =>
        new ServiceCollection().AddLogging().AddInfrastructure(_configuration, new TestHostEnvironment(Path)).BuildServiceProvider();

    /// <summary>Call once the providers are disposed: pooled connections would keep the file open.</summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
