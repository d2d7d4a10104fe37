using Mediator;

namespace Storefront.Application.Guides.FindCauses;

/// <summary>
/// The cause finder: the reader's answers as cue tokens (e.g. "at-night", "artery-condition"). Unknown tokens are
/// ignored, so a tampered form still gets an answer. Nothing is stored. Null when the guide does not exist or has
/// no finder.
/// </summary>
public sealed record FindCausesQuery(string GuideSlug, IReadOnlyList<string> Answers) : IQuery<FinderResult?>;

/// <summary><see cref="Contraindications"/>: the answers (as tokens) that rule out every sock suggestion.</summary>
public sealed record FinderResult(
    string GuideSlug,
    string GuideTitle,
    IReadOnlyList<string> Answers,
    IReadOnlyList<string> Contraindications,
    IReadOnlyList<FinderMatch> Matches,
    IReadOnlyList<SectionLink> OtherSections,
    IReadOnlyList<ReferenceView> References)
{
    public bool SocksWithheld => Contraindications.Count > 0;
}

public sealed record FinderMatch(SectionView Section, int Relevance);

public sealed record SectionLink(string Anchor, string Heading);
