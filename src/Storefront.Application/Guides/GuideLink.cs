using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>
/// A strategy the product fits, with a link to its section (<c>/learn/{guide}#{anchor}</c>), its evidence level and
/// its citations.
/// </summary>
public sealed record GuideLink(
    string GuideTitle,
    string SectionHeading,
    string Excerpt,
    string Why,
    string Url,
    EvidenceLevel Evidence,
    IReadOnlyList<CitationLink> Citations);

/// <summary>A short citation, "Hill et al., 2014", linking to its entry in the guide's reference list.</summary>
public sealed record CitationLink(string Label, string Url);
