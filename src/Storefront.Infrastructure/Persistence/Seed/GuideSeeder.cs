using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Infrastructure.Persistence.Seed;

/// <summary>
/// Adds every guide shipped in Seed/Guides (one JSON file per guide, embedded in this assembly) that the database
/// does not hold yet. A guide already there is left as it is.
/// </summary>
internal sealed class GuideSeeder(StorefrontDbContext db) : ISeeder
{
    private const string ResourcePrefix = "Storefront.Infrastructure.Persistence.Seed.Guides.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Guides.Select(g => g.Slug).ToListAsync(cancellationToken);
        foreach (var file in ReadGuideFiles())
        {
            var guide = ToGuide(file);
            if (!existing.Contains(guide.Slug))
            {
                db.Guides.Add(guide);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static IEnumerable<GuideFile> ReadGuideFiles()
    {
        var assembly = typeof(GuideSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            yield return JsonSerializer.Deserialize<GuideFile>(stream, Json)
                ?? throw new InvalidOperationException($"The guide file {name} is empty.");
        }
    }

    internal static Guide ToGuide(GuideFile file)
    {
        var guide = new Guide(Slug.Parse(file.Slug), file.Title, file.Summary, file.Intro, file.ClosingHeading, file.Closing, file.MedicalNote);
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
                guide.AddStrategy(section.Anchor, strategy.Text, kind, strategy.Fit is null ? null : ToFit(strategy.Fit));
            }
        }

        foreach (var reference in file.References)
        {
            guide.AddReference(reference.Authors, reference.Title, reference.Source, reference.Year, reference.Url);
        }

        return guide;
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
}
