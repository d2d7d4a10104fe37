using System.ComponentModel;
namespace Storefront.Application.Guides.GetGuide;

// Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
[ImmutableObject(true)]
public sealed record GuideDetails(
    string Slug,
    string Title,
    string Summary,
    string Intro,
    string ClosingHeading,
    string Closing,
    string MedicalNote,
    string HowWritten,
    DateOnly LastReviewed,
    bool HasFinder,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<ReferenceView> References);
