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

    [Fact]
    public void Unknown_answer_tokens_are_ignored()
    {
        Assert.Equal(CrampCue.AtNight | CrampCue.Pregnant, GuideTokens.ParseCues(["at-night", "<script>", null, "pregnant", "AT-NIGHT", ""]));
    }
}
