using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>
/// The guide is written in our own words: no run of 12 words may match the page it was based on. Attributed quotations
/// (blockquotes) and the bibliographic reference list are exempt, as quotes and titles must be verbatim.
/// </summary>
public sealed partial class GuideTextIsOurOwnTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private const int RunLength = 12;

    [Fact]
    public async Task The_rendered_guide_shares_no_run_of_twelve_words_with_the_seed_article()
    {
        var seedPath = SeedArticlePath();
        Assert.True(File.Exists(seedPath), $"The seed article should sit beside the repository at {seedPath} (CI clones next to shared/).");
        var seed = Words(await File.ReadAllTextAsync(seedPath));

        var page = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);
        var quotes = page.QuerySelectorAll("main blockquote").ToList();
        Assert.All(quotes, q => Assert.Matches("Shilton|Yuen So", q.TextContent));
        foreach (var exempt in quotes.Concat(page.QuerySelectorAll("#references, script")).ToList())
        {
            exempt.Remove();
        }

        var guide = Words(string.Join(' ', page.Body!.Descendants<IText>().Select(t => t.Data)));
        Assert.True(guide.Count > 1500, $"the rendered guide has only {guide.Count} words");
        var seedRuns = Runs(seed).ToHashSet();
        var shared = Runs(guide).Where(seedRuns.Contains).ToList();

        Assert.True(shared.Count == 0, $"The guide repeats the seed word for word: “{shared.FirstOrDefault()}”");
    }

    [Fact]
    public void The_check_catches_a_pasted_sentence_despite_case_and_punctuation()
    {
        var seed = Words("Deprived of key minerals, like sodium, magnesium, potassium, and calcium, you're likely to experience severe cramping.");
        var pasted = Words("Intro. DEPRIVED of key minerals like sodium; magnesium - potassium and calcium, youre likely to experience it");

        Assert.NotEmpty(Runs(pasted).Intersect(Runs(seed)));
    }

    /// <summary>Walks up from the test binaries to the folder holding Storefront.sln; the seed lives in ../shared/seeds.</summary>
    private static string SeedArticlePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Storefront.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "Storefront.sln not found above the test output folder");
        return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "seeds", "leg-cramps-article.txt"));
    }

    private static List<string> Words(string text) =>
        NonWord().Split(Apostrophe().Replace(text.ToLowerInvariant(), string.Empty)).Where(w => w.Length > 0).ToList();

    private static IEnumerable<string> Runs(List<string> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - RunLength + 1)).Select(i => string.Join(' ', words.Skip(i).Take(RunLength)));

    [GeneratedRegex("['’]")]
    private static partial Regex Apostrophe();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
