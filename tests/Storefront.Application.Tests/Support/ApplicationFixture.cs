using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Storefront.Infrastructure.Persistence;
using Storefront.Web;

namespace Storefront.Application.Tests.Support;

/// <summary>
/// The services exactly as the web host registers them (<see cref="ServiceCollectionExtensions.AddStorefront"/>:
/// Mediator with its pipeline, validators, EF Core) over a fresh, migrated and seeded SQLite file. One per test class.
/// </summary>
public sealed class ApplicationFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storefront-app-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SqlitePath"] = Path.Combine(_directory, "storefront.db") })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddStorefront(configuration, new Environment(_directory));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.InitialiseDatabaseAsync();
    }

    public async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    public async Task<T> WithDbAsync<T>(Func<StorefrontDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StorefrontDbContext>());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class Environment(string root) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = root;

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ApplicationName { get; set; } = "Storefront.Web";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = root;

        public string EnvironmentName { get; set; } = "Testing";
    }
}
