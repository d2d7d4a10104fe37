using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>An article in the shop's learning area: causes as sections, each with strategies, and the sources it cites.</summary>
public sealed class Guide
{
    public const int MaxTitleLength = 160;
    public const int MaxSummaryLength = 400;
    public const int MaxTextLength = 8000;

    private readonly List<GuideSection> _sections = [];
    private readonly List<Reference> _references = [];

    private Guide()
    {
        Slug = null!;
        Title = string.Empty;
        Summary = string.Empty;
        Intro = string.Empty;
        Closing = string.Empty;
        ClosingHeading = string.Empty;
        MedicalNote = string.Empty;
    }

    public Guide(Slug slug, string title, string summary, string intro, string closingHeading, string closing, string medicalNote)
        : this()
    {
        Id = Guid.CreateVersion7();
        Slug = slug;
        Title = Limit(title, MaxTitleLength, "title");
        Summary = Limit(summary, MaxSummaryLength, "summary");
        Intro = Limit(intro, MaxTextLength, "introduction");
        ClosingHeading = Limit(closingHeading, GuideSection.MaxHeadingLength, "closing heading");
        Closing = Limit(closing, MaxTextLength, "closing part");
        MedicalNote = Limit(medicalNote, MaxSummaryLength, "medical note");
    }

    public Guid Id { get; private set; }

    public Slug Slug { get; private set; }

    public string Title { get; private set; }

    /// <summary>One or two plain sentences for the guide list and search results.</summary>
    public string Summary { get; private set; }

    /// <summary>Markdown.</summary>
    public string Intro { get; private set; }

    public string ClosingHeading { get; private set; }

    /// <summary>Markdown: what to do first.</summary>
    public string Closing { get; private set; }

    /// <summary>Shown visibly on the page: general information, and when to see a doctor.</summary>
    public string MedicalNote { get; private set; }

    public IReadOnlyList<GuideSection> Sections => _sections;

    public IReadOnlyList<Reference> References => _references;

    public GuideSection AddSection(
        Slug anchor,
        string heading,
        string body,
        bool compressionUnsafe = false,
        CrampCue cues = CrampCue.None,
        CrampCue onlyWhen = CrampCue.None)
    {
        if (_sections.Any(s => s.Anchor == anchor) || anchor.Value is "references" or "what-to-do-first" or "contents")
        {
            throw new DomainException($"The anchor #{anchor} is already used on this guide.");
        }

        var section = new GuideSection(anchor, heading, body, _sections.Count, compressionUnsafe, cues, onlyWhen);
        _sections.Add(section);
        return section;
    }

    /// <summary>Adds a strategy to the section at <paramref name="anchor"/>; a section where compression can harm refuses a compression strategy.</summary>
    public Strategy AddStrategy(Slug anchor, string text, StrategyKind kind, SockFit? fit = null) =>
        (_sections.FirstOrDefault(s => s.Anchor == anchor) ?? throw new DomainException($"This guide has no section #{anchor}."))
            .AddStrategy(text, kind, fit);

    public Reference AddReference(string authors, string title, string source, int year, string url)
    {
        var reference = new Reference(authors, title, source, year, url, _references.Count);
        _references.Add(reference);
        return reference;
    }

    private static string Limit(string value, int maxLength, string what)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"A guide's {what} needs 1 to {maxLength} characters.");
    }
}
