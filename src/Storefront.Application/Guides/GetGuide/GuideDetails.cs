namespace Storefront.Application.Guides.GetGuide;

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
