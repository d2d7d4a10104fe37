namespace Storefront.Domain.Guides;

/// <summary>The words that stand for cues and strategy kinds in URLs and in guide files.</summary>
public static class GuideTokens
{
    public static string Token(this CrampCue cue) => cue switch
    {
        CrampCue.AtNight => "at-night",
        CrampCue.DuringExercise => "during-exercise",
        CrampCue.AfterExercise => "after-exercise",
        CrampCue.LongSittingOrStanding => "long-sitting-or-standing",
        CrampCue.Pregnant => "pregnant",
        CrampCue.Over50 => "over-50",
        CrampCue.VeinCondition => "vein-condition",
        CrampCue.ArteryCondition => "artery-condition",
        CrampCue.TakesNamedMedication => "takes-named-medication",
        CrampCue.ExercisesInHeat => "exercises-in-heat",
        CrampCue.SevereNeuropathy => "severe-neuropathy",
        CrampCue.FragileSkin => "fragile-skin",
        CrampCue.HeartFailureSwelling => "heart-failure-swelling",
        _ => cue.ToString(),
    };

    public static IEnumerable<CrampCue> Split(CrampCue cues) =>
        Enum.GetValues<CrampCue>().Where(c => c != CrampCue.None && cues.HasFlag(c));

    /// <summary>The cues named by known tokens; anything else is ignored.</summary>
    public static CrampCue ParseCues(IEnumerable<string?> tokens)
    {
        var known = Enum.GetValues<CrampCue>().Where(c => c != CrampCue.None).ToDictionary(c => c.Token(), StringComparer.Ordinal);
        return tokens.Aggregate(CrampCue.None, (cues, token) => token is not null && known.TryGetValue(token, out var cue) ? cues | cue : cues);
    }

    public static string Token(this StrategyKind kind) => kind.ToString().ToLowerInvariant();

    public static string Token(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.Established => "established",
        EvidenceLevel.Limited => "limited",
        EvidenceLevel.ExpertOpinion => "expert-opinion",
        EvidenceLevel.AskAClinicianFirst => "ask-a-clinician-first",
        _ => level.ToString(),
    };

    /// <summary>The label a reader sees beside a strategy.</summary>
    public static string Label(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.Established => "Established",
        EvidenceLevel.Limited => "Limited evidence",
        EvidenceLevel.AskAClinicianFirst => "Ask a clinician first",
        _ => "Expert opinion",
    };

    public static EvidenceLevel? ParseEvidence(string? token) =>
        Enum.GetValues<EvidenceLevel>().Cast<EvidenceLevel?>().FirstOrDefault(l => l!.Value.Token() == token);

    public static StrategyKind? ParseKind(string? token) =>
        Enum.GetValues<StrategyKind>().Cast<StrategyKind?>().FirstOrDefault(k => k!.Value.Token() == token);
}
