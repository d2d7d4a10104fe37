using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Domain.Tests.Guides;

public sealed class GuideSectionTests
{
    private static readonly SockFit AnyFit = new([], [CompressionLevel.Moderate15To20], SockUse.None, SockUse.None, "Graduated support.");

    [Fact]
    public void A_section_where_compression_can_harm_refuses_a_compression_strategy()
    {
        var guide = NewGuide();
        var arterial = guide.AddSection(Slug.Parse("inadequate-blood-supply"), "Inadequate blood supply", "Narrowed arteries.", compressionUnsafe: true);

        var error = Assert.Throws<DomainException>(() => guide.AddStrategy(arterial.Anchor, "Wear socks", StrategyKind.Compression, Opinion, AnyFit));

        Assert.Contains("compression can harm", error.Message);
        Assert.Empty(arterial.Strategies);
    }

    [Fact]
    public void A_section_where_compression_can_harm_still_takes_medical_advice()
    {
        var guide = NewGuide();
        var arterial = guide.AddSection(Slug.Parse("inadequate-blood-supply"), "Inadequate blood supply", "Narrowed arteries.", compressionUnsafe: true);

        guide.AddStrategy(arterial.Anchor, "See a doctor.", StrategyKind.Medical, Opinion);

        Assert.Single(arterial.Strategies);
    }

    [Fact]
    public void Only_a_compression_strategy_names_the_socks_that_fit_and_it_must_name_them()
    {
        var guide = NewGuide();
        var section = guide.AddSection(Slug.Parse("age"), "Age", "Nerves age too.");

        Assert.Throws<DomainException>(() => guide.AddStrategy(section.Anchor, "Wear socks", StrategyKind.Compression, Opinion));
        Assert.Throws<DomainException>(() => guide.AddStrategy(section.Anchor, "Stretch", StrategyKind.Stretching, Opinion, AnyFit));
        Assert.Equal(AnyFit, guide.AddStrategy(section.Anchor, "Wear socks", StrategyKind.Compression, Opinion, AnyFit).Fit);
    }

    [Fact]
    public void A_strategy_goes_to_a_section_the_guide_has() =>
        Assert.Throws<DomainException>(() => NewGuide().AddStrategy(Slug.Parse("age"), "Stretch", StrategyKind.Stretching, Opinion));

    [Fact]
    public void Two_sections_of_a_guide_cannot_share_an_anchor()
    {
        var guide = NewGuide();
        guide.AddSection(Slug.Parse("age"), "Age", "Text.");

        Assert.Throws<DomainException>(() => guide.AddSection(Slug.Parse("age"), "Ageing", "Text."));
        Assert.Throws<DomainException>(() => guide.AddSection(Slug.Parse("references"), "References", "Text."));
        Assert.Throws<DomainException>(() => guide.AddSection(Slug.Parse("how-this-guide-was-written"), "Method", "Text."));
        Assert.Throws<DomainException>(() => guide.AddSection(Slug.Parse("ref-allen-kirby-2012"), "Allen", "Text."));
    }

    [Fact]
    public void A_reference_must_link_to_a_web_address()
    {
        Assert.Throws<DomainException>(() => NewGuide().AddReference("doe-2020", "Doe, J.", "Title", "Journal", 2020, "javascript:alert(1)"));
    }

    private static Evidence Opinion => NewGuide().Cite(EvidenceLevel.ExpertOpinion);

    internal static Guide NewGuide() =>
        new(Slug.Parse("leg-cramps"), "Leg cramps", "Summary.", "Intro.", "What to do first", "Closing.", "See a doctor when unsure.", "In our own words.", new DateOnly(2026, 12, 1), "v1");
}
