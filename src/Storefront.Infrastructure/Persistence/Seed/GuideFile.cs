namespace Storefront.Infrastructure.Persistence.Seed;

/// <summary>The shape of a guide file in Seed/Guides; catalog attributes, cues and evidence levels are written as their URL tokens.</summary>
internal sealed record GuideFile(
    string Slug,
    string Title,
    string Summary,
    string Intro,
    string ClosingHeading,
    string Closing,
    string MedicalNote,
    string HowWritten,
    DateOnly LastReviewed,
    bool Featured,
    bool Finder,
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

internal sealed record StrategyFile(string Kind, string Text, string Evidence, string[]? Cites, SockFitFile? Fit);

internal sealed record SockFitFile(string[] Styles, string[] Levels, string[] Uses, string[] ExcludedUses, string Why);

internal sealed record ReferenceFile(string Key, string Authors, string Title, string Source, int Year, string Url);
