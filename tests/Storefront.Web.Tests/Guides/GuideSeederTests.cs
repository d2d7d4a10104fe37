using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;
using Storefront.Infrastructure.Persistence;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>Guides are seeded by content version. Each test changes a database of its own.</summary>
public sealed class GuideSeederTests
{
    private static readonly Slug LegCramps = Slug.Parse("leg-cramps");

    [Fact]
    public async Task Every_guide_file_is_in_the_database_once_even_after_the_seeders_run_again()
    {
        using var factory = new StorefrontFactory();
        var files = typeof(ISeeder).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Seed.Guides.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal));
        var before = await SectionIdsAsync(factory);

        await SeedAgainAsync(factory);

        var (guides, sections, references) = await factory.WithDbAsync(async db =>
            (
                await db.Guides.CountAsync(),
                await db.Guides.Where(g => g.Slug == LegCramps).SelectMany(g => g.Sections).CountAsync(),
                await db.Guides.Where(g => g.Slug == LegCramps).SelectMany(g => g.References).CountAsync()));
        Assert.True(files >= 1, "no guide file is embedded");
        Assert.Equal(files, guides);
        Assert.Equal(11, sections);
        Assert.Equal(LegCrampGuide.ReferenceUrls.Count, references);
        Assert.Equal(before, await SectionIdsAsync(factory));
    }

    [Fact]
    public async Task A_changed_guide_file_updates_its_guide_in_place_on_an_existing_database_and_logs_it()
    {
        using var factory = new StorefrontFactory();
        var logs = new CollectingLoggerProvider();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var guideId = await WithDbAsync(app, db => db.Guides.Where(g => g.Slug == LegCramps).Select(g => g.Id).SingleAsync());

        // The database as the previous edition left it: old text, and the columns the evidence migration added at their defaults.
        await WithDbAsync(app, async db =>
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Guides SET ContentVersion = '', HowWritten = '', Title = 'An old title'");
            await db.Database.ExecuteSqlRawAsync("UPDATE GuideStrategies SET EvidenceLevel = '', Citations = '[]', Text = 'Wear socks to lower your risk of venous disease.'");
            return await db.Database.ExecuteSqlRawAsync("UPDATE GuideReferences SET Key = ''");
        });

        await SeedAgainAsync(app);

        var guide = await WithDbAsync(app, db => db.Guides.AsNoTracking().Include(g => g.Sections).ThenInclude(s => s.Strategies).Include(g => g.References).SingleAsync(g => g.Slug == LegCramps));
        Assert.Equal(guideId, guide.Id);
        Assert.Equal("What Causes Leg Cramps, and How Do I Avoid Them?", guide.Title);
        Assert.Equal(EmbeddedVersion(), guide.ContentVersion);
        Assert.Equal(11, guide.Sections.Count);
        Assert.DoesNotContain(guide.Sections.SelectMany(s => s.Strategies), s => s.Text.Contains("lower your risk", StringComparison.Ordinal));
        Assert.Contains(guide.Sections.SelectMany(s => s.Strategies), s => s.EvidenceLevel == EvidenceLevel.Established);
        Assert.Contains("hill-2014", guide.References.Select(r => r.Key));
        Assert.Contains(logs.Messages, m => m.Contains("Guide leg-cramps updated from content version", StringComparison.Ordinal) && m.Contains(guide.ContentVersion, StringComparison.Ordinal));

        var page = await app.CreateClient().GetDocumentAsync("/products/running-compression-knee-highs");
        Assert.NotNull(page.QuerySelector($".why-it-helps a[href='{LegCrampGuide.Url}#overexertion']"));
    }

    [Fact]
    public async Task An_unchanged_file_leaves_its_guide_alone_and_logs_nothing()
    {
        using var factory = new StorefrontFactory();
        var logs = new CollectingLoggerProvider();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var before = await SectionIdsAsync(app);
        var logged = logs.Messages.Count;

        await SeedAgainAsync(app);

        Assert.Equal(before, await SectionIdsAsync(app));
        Assert.DoesNotContain(logs.Messages.Skip(logged), m => m.StartsWith("Guide leg-cramps", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.StartsWith("Guide leg-cramps added at content version", StringComparison.Ordinal));
    }

    private static async Task SeedAgainAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }

    private static Task<List<Guid>> SectionIdsAsync(WebApplicationFactory<Program> app) =>
        WithDbAsync(app, db => db.Guides.Where(g => g.Slug == LegCramps).SelectMany(g => g.Sections).Select(s => s.Id).OrderBy(id => id).ToListAsync());

    private static async Task<T> WithDbAsync<T>(WebApplicationFactory<Program> app, Func<StorefrontDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StorefrontDbContext>());
    }

    private static string EmbeddedVersion()
    {
        var assembly = typeof(ISeeder).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Seed.Guides.leg-cramps.json", StringComparison.Ordinal)))!;
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
