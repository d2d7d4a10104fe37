using Mediator;

namespace Storefront.Application.Guides.FindCauses;

/// <summary>
/// The cause finder: the reader's answers as cue tokens (e.g. "at-night", "artery-condition"). Unknown tokens are
/// ignored, so a tampered form still gets an answer. Nothing is stored. Null when the guide does not exist.
/// </summary>
public sealed record FindCausesQuery(string GuideSlug, IReadOnlyList<string> Answers) : IQuery<FinderResult?>;

public sealed record FinderResult(
    string GuideSlug,
    string GuideTitle,
    IReadOnlyList<string> Answers,
    bool SocksWithheld,
    IReadOnlyList<FinderMatch> Matches,
    IReadOnlyList<SectionLink> OtherSections);

public sealed record FinderMatch(SectionView Section, int Relevance);

public sealed record SectionLink(string Anchor, string Heading);
