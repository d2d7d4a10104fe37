namespace Storefront.Application.Guides.GetGuide;

public sealed record GuideDetails(
    string Slug,
    string Title,
    string Summary,
    string Intro,
    string ClosingHeading,
    string Closing,
    string MedicalNote,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<ReferenceView> References);

public sealed record ReferenceView(string Authors, string Title, string Source, int Year, string Url);
