using System.Text.Json;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>Every guide file as written: the shop's own (embedded) and the test data's, read as plain JSON.</summary>
internal static class GuideFiles
{
    public static IReadOnlyList<(string Name, JsonElement Guide)> All()
    {
        var assembly = typeof(ISeeder).Assembly;
        var embedded = assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Seed.Guides.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return (n, JsonDocument.Parse(stream).RootElement.Clone());
            });
        var testData = Directory.EnumerateFiles(SecondGuideFactory.GuideDirectory, "*.json")
            .Select(path => (path, JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone()));
        return [.. embedded, .. testData];
    }

    public static IEnumerable<JsonElement> Strategies(JsonElement guide) =>
        guide.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("strategies").EnumerateArray());

    public static IReadOnlyList<string> Cites(JsonElement strategy) =>
        strategy.TryGetProperty("cites", out var cites) ? cites.EnumerateArray().Select(c => c.GetString()!).ToList() : [];

    public static string Text(JsonElement strategy, string property) =>
        strategy.TryGetProperty(property, out var value) ? value.GetString() ?? string.Empty : string.Empty;
}
