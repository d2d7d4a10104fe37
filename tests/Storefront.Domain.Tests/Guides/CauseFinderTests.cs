using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Domain.Tests.Guides;

public sealed class CauseFinderTests
{
    [Fact]
    public void Sections_are_ranked_by_how_strongly_the_answers_point_to_them()
    {
        var guide = GuideSectionTests.NewGuide();
        guide.AddSection(Slug.Parse("dehydration"), "Dehydration", "Text.", cues: CrampCue.DuringExercise | CrampCue.ExercisesInHeat);
        guide.AddSection(Slug.Parse("age"), "Age", "Text.", cues: CrampCue.Over50 | CrampCue.AtNight);
        guide.AddSection(Slug.Parse("medications"), "Medications", "Text.", cues: CrampCue.TakesNamedMedication);

        var ranked = CauseFinder.Rank(guide, CrampCue.AtNight | CrampCue.Over50 | CrampCue.DuringExercise);

        Assert.Equal(["age", "dehydration"], ranked.Select(s => s.Anchor.Value));
    }

    [Fact]
    public void A_section_tied_to_a_personal_fact_applies_only_when_that_fact_is_answered()
    {
        var guide = GuideSectionTests.NewGuide();
        guide.AddSection(Slug.Parse("pregnancy"), "Pregnancy", "Text.", cues: CrampCue.AtNight, onlyWhen: CrampCue.Pregnant);
        guide.AddSection(Slug.Parse("venous-disease"), "Venous disease", "Text.", cues: CrampCue.AtNight | CrampCue.VeinCondition);

        Assert.Equal(["venous-disease"], CauseFinder.Rank(guide, CrampCue.AtNight).Select(s => s.Anchor.Value));
        Assert.Equal(["pregnancy", "venous-disease"], CauseFinder.Rank(guide, CrampCue.AtNight | CrampCue.Pregnant).Select(s => s.Anchor.Value));
    }

    [Fact]
    public void No_answers_point_to_no_section()
    {
        var guide = GuideSectionTests.NewGuide();
        guide.AddSection(Slug.Parse("age"), "Age", "Text.", cues: CrampCue.Over50);

        Assert.Empty(CauseFinder.Rank(guide, CrampCue.None));
    }

    [Fact]
    public void An_artery_condition_withholds_every_sock_suggestion()
    {
        Assert.False(CauseFinder.MaySuggestSocks(CrampCue.ArteryCondition | CrampCue.Over50));
        Assert.True(CauseFinder.MaySuggestSocks(CrampCue.VeinCondition | CrampCue.Over50));
    }

    [Theory]
    [InlineData(CrampCue.ArteryCondition)]
    [InlineData(CrampCue.SevereNeuropathy)]
    [InlineData(CrampCue.FragileSkin)]
    [InlineData(CrampCue.HeartFailureSwelling)]
    public void Each_contraindication_withholds_every_sock_suggestion_alone_and_with_other_answers(CrampCue contraindication)
    {
        Assert.False(CauseFinder.MaySuggestSocks(contraindication));
        Assert.False(CauseFinder.MaySuggestSocks(contraindication | CrampCue.AtNight | CrampCue.VeinCondition));
        Assert.True(CauseFinder.MaySuggestSocks(CrampCue.AtNight | CrampCue.VeinCondition));
    }

    [Fact]
    public void Unknown_answer_tokens_are_ignored()
    {
        Assert.Equal(CrampCue.AtNight | CrampCue.Pregnant, GuideTokens.ParseCues(["at-night", "<script>", null, "pregnant", "AT-NIGHT", ""]));
    }
}
