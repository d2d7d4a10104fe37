using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Domain.Tests.Guides;

public sealed class EvidenceTests
{
    [Fact]
    public void A_strategy_can_cite_only_a_reference_its_guide_lists()
    {
        var guide = GuideWithReference();

        var error = Assert.Throws<DomainException>(() => guide.Cite(EvidenceLevel.Limited, "hill-2014", "no-such-study"));

        Assert.Contains("no-such-study", error.Message);
        Assert.Equal(["hill-2014"], guide.Cite(EvidenceLevel.Limited, "hill-2014").Citations);
    }

    [Theory]
    [InlineData(EvidenceLevel.Established)]
    [InlineData(EvidenceLevel.Limited)]
    [InlineData(EvidenceLevel.AskAClinicianFirst)]
    public void A_strategy_without_a_source_can_only_be_expert_opinion(EvidenceLevel level)
    {
        var guide = GuideWithReference();

        Assert.Throws<DomainException>(() => guide.Cite(level));
        Assert.Equal(EvidenceLevel.ExpertOpinion, guide.Cite(EvidenceLevel.ExpertOpinion).Level);
    }

    [Theory]
    [InlineData("Compression socks prevent cramps.")]
    [InlineData("Socks that cure cramps.")]
    [InlineData("Wear them to lower your risk of venous disease.")]
    [InlineData("Preventing clots on flights.")]
    public void A_strong_claim_needs_an_established_cited_strategy(string text)
    {
        var guide = GuideWithReference();
        var section = guide.AddSection(Slug.Parse("age"), "Age", "Text.");

        Assert.Throws<DomainException>(() => guide.AddStrategy(section.Anchor, text, StrategyKind.Lifestyle, guide.Cite(EvidenceLevel.ExpertOpinion)));
        Assert.Throws<DomainException>(() => guide.AddStrategy(section.Anchor, text, StrategyKind.Lifestyle, guide.Cite(EvidenceLevel.Limited, "hill-2014")));
        Assert.Equal(EvidenceLevel.Established, guide.AddStrategy(section.Anchor, text, StrategyKind.Lifestyle, guide.Cite(EvidenceLevel.Established, "hill-2014")).EvidenceLevel);
    }

    [Fact]
    public void Words_that_only_look_like_a_claim_are_allowed()
    {
        Assert.False(Evidence.MakesStrongClaim("Secure the sock and take the curve gently; your risk is low."));
    }

    [Fact]
    public void Two_references_of_a_guide_cannot_share_a_key()
    {
        var guide = GuideWithReference();

        Assert.Throws<DomainException>(() => guide.AddReference("hill-2014", "Doe, J.", "Other", "Journal", 2020, "https://example.org/other"));
    }

    [Theory]
    [InlineData("Allen, Richard E., and Karl A. Kirby", 2012, "Allen and Kirby, 2012")]
    [InlineData("Schwellnus, Martin P., et al.", 2011, "Schwellnus et al., 2011")]
    [InlineData("Mayo Clinic Staff", 2019, "Mayo Clinic Staff, 2019")]
    [InlineData("Shilton, A. C.", 2014, "Shilton, 2014")]
    public void A_reference_is_cited_by_surname_and_year(string authors, int year, string expected)
    {
        var reference = GuideSectionTests.NewGuide().AddReference("source", authors, "Title", "Journal", year, "https://example.org/a");

        Assert.Equal(expected, reference.ShortCitation);
    }

    [Fact]
    public void A_revision_takes_the_new_text_and_keeps_the_guide()
    {
        var guide = GuideWithReference();
        guide.AddSection(Slug.Parse("age"), "Age", "Old text.");
        var edition = new Guide(Slug.Parse("leg-cramps"), "Leg cramps", "Summary.", "Intro.", "What to do first", "Closing.", "See a doctor.", "Rewritten.", new DateOnly(2026, 12, 2), "v2", isFeatured: true);
        edition.AddSection(Slug.Parse("age"), "Age", "New text.");
        var id = guide.Id;

        guide.Revise(edition);

        Assert.Equal(id, guide.Id);
        Assert.Equal("v2", guide.ContentVersion);
        Assert.True(guide.IsFeatured);
        Assert.Equal("New text.", Assert.Single(guide.Sections).Body);
        Assert.Empty(guide.References);
        Assert.Throws<DomainException>(() => guide.Revise(new Guide(Slug.Parse("other"), "Other", "S.", "I.", "H", "C.", "N.", "W.", new DateOnly(2026, 12, 2), "v3")));
    }

    [Fact]
    public void A_guide_says_when_it_was_last_reviewed()
    {
        Assert.Throws<DomainException>(() => new Guide(Slug.Parse("other"), "Other", "S.", "I.", "H", "C.", "N.", "W.", default, "v1"));
    }

    private static Guide GuideWithReference()
    {
        var guide = GuideSectionTests.NewGuide();
        guide.AddReference("hill-2014", "Hill, Jessica, et al.", "Compression garments and recovery", "British Journal of Sports Medicine", 2014, "https://pubmed.ncbi.nlm.nih.gov/23757486/");
        return guide;
    }
}
