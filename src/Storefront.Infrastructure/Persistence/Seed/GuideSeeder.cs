using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Infrastructure.Persistence.Seed;

/// <summary>
/// Seeds guides by content version. Each guide file (embedded from Seed/Guides, plus any in <see cref="GuideOptions.Directory"/>)
/// is versioned by the hash of its bytes: a guide the database lacks is added, and a guide whose file has changed
/// takes the new text in place (<see cref="Guide.Revise"/>), keeping the guide's identity. Both are logged.
/// </summary>
internal sealed partial class GuideSeeder(StorefrontDbContext db, IOptions<GuideOptions> options, ILogger<GuideSeeder> logger) : ISeeder
{
    private const string ResourcePrefix = "Storefront.Infrastructure.Persistence.Seed.Guides.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Guides.ToDictionaryAsync(g => g.Slug, cancellationToken);
        foreach (var (name, content) in ReadGuideFiles(options.Value.Directory))
        {
            var edition = ToGuide(Parse(name, content), ContentVersion(content));
            if (!stored.TryGetValue(edition.Slug, out var guide))
            {
                db.Guides.Add(edition);
                await db.SaveChangesAsync(cancellationToken);
                LogAdded(logger, edition.Slug.Value, edition.ContentVersion);
            }
            else if (guide.ContentVersion != edition.ContentVersion)
            {
                var previous = guide.ContentVersion;
                await ReviseAsync(guide, edition, cancellationToken);
                LogRevised(logger, guide.Slug.Value, previous, edition.ContentVersion);
            }
        }
    }

    internal static IEnumerable<(string Name, byte[] Content)> ReadGuideFiles(string? directory)
    {
        var assembly = typeof(GuideSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (name, buffer.ToArray());
        }

        if (!string.IsNullOrEmpty(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order())
            {
                yield return (path, File.ReadAllBytes(path));
            }
        }
    }

    internal static GuideFile Parse(string name, byte[] content) =>
        JsonSerializer.Deserialize<GuideFile>(content, Json) ?? throw new InvalidOperationException($"The guide file {name} is empty.");

    internal static string ContentVersion(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    internal static Guide ToGuide(GuideFile file, string contentVersion)
    {
        var guide = new Guide(
            Slug.Parse(file.Slug),
            file.Title,
            file.Summary,
            file.Intro,
            file.ClosingHeading,
            file.Closing,
            file.MedicalNote,
            file.HowWritten,
            file.LastReviewed,
            contentVersion,
            file.Featured,
            file.Finder);

        // References first: strategies cite them by key.
        foreach (var reference in file.References)
        {
            guide.AddReference(reference.Key, reference.Authors, reference.Title, reference.Source, reference.Year, reference.Url);
        }

        foreach (var sectionFile in file.Sections)
        {
            var section = guide.AddSection(
                Slug.Parse(sectionFile.Anchor),
                sectionFile.Heading,
                sectionFile.Body,
                sectionFile.CompressionUnsafe,
                ParseCues(sectionFile.Cues ?? []),
                ParseCues(sectionFile.OnlyWhen ?? []));
            foreach (var strategy in sectionFile.Strategies)
            {
                var kind = GuideTokens.ParseKind(strategy.Kind) ?? throw Unknown("strategy kind", strategy.Kind);
                var level = GuideTokens.ParseEvidence(strategy.Evidence) ?? throw Unknown("evidence level", strategy.Evidence);
                guide.AddStrategy(section.Anchor, strategy.Text, kind, guide.Cite(level, strategy.Cites ?? []), strategy.Fit is null ? null : ToFit(strategy.Fit));
            }
        }

        return guide;
    }

    /// <summary>
    /// The old sections (with their strategies) and references are deleted in the database rather than loaded: an
    /// older edition's rows may predate columns this one reads. One transaction, so readers never see half a guide.
    /// </summary>
    private async Task ReviseAsync(Guide guide, Guide edition, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Set<GuideSection>().Where(s => EF.Property<Guid>(s, "GuideId") == guide.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Reference>().Where(r => EF.Property<Guid>(r, "GuideId") == guide.Id).ExecuteDeleteAsync(cancellationToken);
            guide.Revise(edition);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static CrampCue ParseCues(string[] tokens)
    {
        var cues = GuideTokens.ParseCues(tokens);
        return GuideTokens.Split(cues).Count() == tokens.Length ? cues : throw Unknown("finder cue", string.Join(", ", tokens));
    }

    private static SockFit ToFit(SockFitFile fit) => new(
        (fit.Styles ?? []).Select(t => CatalogLabels.ParseStyle(t) ?? throw Unknown("sock style", t)),
        (fit.Levels ?? []).Select(t => CatalogLabels.ParseCompression(t) ?? throw Unknown("compression level", t)),
        Uses(fit.Uses),
        Uses(fit.ExcludedUses),
        fit.Why);

    private static SockUse Uses(string[]? tokens) =>
        (tokens ?? []).Aggregate(SockUse.None, (uses, t) => uses | (CatalogLabels.ParseUse(t) ?? throw Unknown("sock use", t)));

    private static InvalidOperationException Unknown(string what, string? token) =>
        new($"A guide file names an unknown {what}: “{token}”.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Guide {Slug} added at content version {Version}")]
    private static partial void LogAdded(ILogger logger, string slug, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guide {Slug} updated from content version {Previous} to {Version}")]
    private static partial void LogRevised(ILogger logger, string slug, string previous, string version);
}
