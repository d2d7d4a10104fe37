using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// The real app over a real SQLite file of its own, migrated and seeded as on a first start.
/// Used as a class fixture, so every test class gets a fresh database.
/// </summary>
public class StorefrontFactory : WebApplicationFactory<Program>
{
    private readonly string _directory;

    public StorefrontFactory()
        : this(Path.Combine(Path.GetTempPath(), "storefront-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>An app over the data folder of another, as a second instance behind a load balancer would be.</summary>
    /// <remarks>Internal: xunit refuses a class fixture with more than one public constructor.</remarks>
    internal StorefrontFactory(string dataDirectory) => _directory = dataDirectory;

    public string DatabasePath => Path.Combine(_directory, "storefront.db");

    public string DataDirectory => _directory;

    /// <summary>Where the app writes its emails when no SMTP server is set.</summary>
    public string EmailDirectory => Path.Combine(_directory, "emails");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("Email:PickupDirectory", EmailDirectory);

        // Every request of a test shares one client address; the per-client limits have tests of their own.
        builder.UseSetting("RateLimits:CartWritesPerMinute", "100000");
        builder.UseSetting("RateLimits:CheckoutsPerMinute", "100000");
        builder.UseSetting("RateLimits:PaymentChecksPerMinute", "100000");
        builder.UseSetting("Checkout:MaxUnpaidOrdersPerClient", "100000");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        ConfigureSettings(builder);
    }

    /// <summary>Lets a test class add settings of its own (e.g. a Stripe key pointed at the fake Stripe server).</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<StorefrontDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StorefrontDbContext>());
    }

    public Task WithDbAsync(Func<StorefrontDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; it never affects another test's database.
        }
    }
}

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return await Parser.ParseDocumentAsync(body);
    }

    public static Task<IHtmlDocument> ParseAsync(string html) => Parser.ParseDocumentAsync(html);
}
