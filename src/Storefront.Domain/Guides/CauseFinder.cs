namespace Storefront.Domain.Guides;

/// <summary>How the cause finder weighs a reader's answers, and when it must not suggest socks at all.</summary>
public static class CauseFinder
{
    /// <summary>
    /// Answers that rule compression out until a clinician has looked: narrowed arteries, severe nerve damage that
    /// dulls feeling, fragile, broken or infected skin, and leg swelling from heart failure (Rabe et al., 2020).
    /// </summary>
    public const CrampCue Contraindications =
        CrampCue.ArteryCondition | CrampCue.SevereNeuropathy | CrampCue.FragileSkin | CrampCue.HeartFailureSwelling;

    /// <summary>A diagnosis or a named medicine says more about a cause than the time of day a cramp comes.</summary>
    public static int Weight(CrampCue cue) => cue switch
    {
        CrampCue.ArteryCondition or CrampCue.VeinCondition or CrampCue.TakesNamedMedication or CrampCue.SevereNeuropathy => 4,
        CrampCue.Pregnant or CrampCue.Over50 => 3,
        CrampCue.ExercisesInHeat => 2,
        _ => 1,
    };

    /// <summary>The answers that rule compression out.</summary>
    public static CrampCue ContraindicationsIn(CrampCue answers) => answers & Contraindications;

    /// <summary>With any contraindication among the answers, no sock is suggested anywhere.</summary>
    public static bool MaySuggestSocks(CrampCue answers) => ContraindicationsIn(answers) == CrampCue.None;

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
