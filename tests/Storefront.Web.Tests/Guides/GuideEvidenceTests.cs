using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>Every guide says no more than its evidence: read from the files themselves, the shop's and the test data's.</summary>
public sealed partial class GuideEvidenceTests
{
    private static readonly string[] Levels = ["established", "limited", "expert-opinion", "ask-a-clinician-first"];

    [Fact]
    public void Every_compression_strategy_in_every_guide_has_an_evidence_level_and_cites_references_its_guide_lists_or_is_expert_opinion()
    {
        var guides = GuideFiles.All();
        var compression = 0;

        foreach (var (name, guide) in guides)
        {
            var keys = guide.GetProperty("references").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ToHashSet();
            foreach (var strategy in GuideFiles.Strategies(guide))
            {
                var text = GuideFiles.Text(strategy, "text");
                var level = GuideFiles.Text(strategy, "evidence");
                var cites = GuideFiles.Cites(strategy);
                Assert.True(Levels.Contains(level), $"{name}: “{text}” has no known evidence level ({level})");
                Assert.All(cites, key => Assert.True(keys.Contains(key), $"{name}: “{text}” cites {key}, which is not in its reference list"));
                if (GuideFiles.Text(strategy, "kind") == "compression")
                {
                    compression++;
                    Assert.True(cites.Count > 0 || level == "expert-opinion", $"{name}: “{text}” cites no source but claims “{level}”");
                }
            }
        }

        Assert.True(guides.Count >= 2, "the shop's guide and the test guide should both be read");
        Assert.True(compression >= 8, $"only {compression} compression strategies found");
    }

    [Fact]
    public void No_strategy_says_prevent_cure_or_lower_your_risk_unless_it_is_established_and_cites_a_source()
    {
        var claims = GuideFiles.All()
            .SelectMany(g => GuideFiles.Strategies(g.Guide).Select(s => (g.Name, Strategy: s)))
            .Where(x => StrongClaim().IsMatch(GuideFiles.Text(x.Strategy, "text")))
            .ToList();

        Assert.All(claims, x => Assert.True(
            GuideFiles.Text(x.Strategy, "evidence") == "established" && GuideFiles.Cites(x.Strategy).Count > 0,
            $"{x.Name}: “{GuideFiles.Text(x.Strategy, "text")}” makes a claim its evidence does not carry"));
        Assert.Matches(StrongClaim(), "Wearing them lowers your risk of clots.");
    }

    [Fact]
    public void A_guide_citing_a_reference_it_does_not_list_stops_the_app_from_starting()
    {
        var directory = Directory.CreateTempSubdirectory("storefront-bad-guide").FullName;
        var file = File.ReadAllText(Path.Combine(SecondGuideFactory.GuideDirectory, $"{SecondGuideFactory.Slug}.json"));
        File.WriteAllText(Path.Combine(directory, "bad.json"), file.Replace("\"cites\": [ \"de-maeseneer-2022\" ]", "\"cites\": [ \"no-such-source\" ]", StringComparison.Ordinal));
        using var factory = new GuideDirectoryFactory(directory);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("no-such-source", error.ToString());
    }

    [GeneratedRegex(@"prevent|\bcur(e|es|ed|ing)\b|lower\w* (your |the )?risk", RegexOptions.IgnoreCase)]
    private static partial Regex StrongClaim();

    private sealed class GuideDirectoryFactory(string directory) : StorefrontFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Guides:Directory", directory);
    }
}
