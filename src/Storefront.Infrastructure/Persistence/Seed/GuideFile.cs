namespace Storefront.Infrastructure.Persistence.Seed;

/// <summary>The shape of a guide file in Seed/Guides; catalog attributes and cues are written as their URL tokens.</summary>
internal sealed record GuideFile(
    string Slug,
    string Title,
    string Summary,
    string Intro,
    string ClosingHeading,
    string Closing,
    string MedicalNote,
    GuideSectionFile[] Sections,
    ReferenceFile[] References);

internal sealed record GuideSectionFile(
    string Anchor,
    string Heading,
    string Body,
    bool CompressionUnsafe,
    string[] Cues,
    string[]? OnlyWhen,
    StrategyFile[] Strategies);

internal sealed record StrategyFile(string Kind, string Text, SockFitFile? Fit);

internal sealed record SockFitFile(string[] Styles, string[] Levels, string[] Uses, string[] ExcludedUses, string Why);

internal sealed record ReferenceFile(string Authors, string Title, string Source, int Year, string Url);
