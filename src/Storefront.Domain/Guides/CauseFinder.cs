namespace Storefront.Domain.Guides;

/// <summary>How the cause finder weighs a reader's answers, and when it must not suggest socks at all.</summary>
public static class CauseFinder
{
    /// <summary>A diagnosis or a named medicine says more about a cause than the time of day a cramp comes.</summary>
    public static int Weight(CrampCue cue) => cue switch
    {
        CrampCue.ArteryCondition or CrampCue.VeinCondition or CrampCue.TakesNamedMedication => 4,
        CrampCue.Pregnant or CrampCue.Over50 => 3,
        CrampCue.ExercisesInHeat => 2,
        _ => 1,
    };

    /// <summary>Compression can harm legs with narrowed arteries: with an artery condition, no sock is suggested anywhere.</summary>
    public static bool MaySuggestSocks(CrampCue answers) => (answers & CrampCue.ArteryCondition) == 0;

    /// <summary>The sections the answers point to, most relevant first, in guide order when equal.</summary>
    public static IReadOnlyList<GuideSection> Rank(Guide guide, CrampCue answers) =>
        guide.Sections
            .Select(s => (Section: s, Relevance: s.RelevanceTo(answers)))
            .Where(x => x.Relevance > 0)
            .OrderByDescending(x => x.Relevance)
            .ThenBy(x => x.Section.Position)
            .Select(x => x.Section)
            .ToList();
}
