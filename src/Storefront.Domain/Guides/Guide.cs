using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>
/// An article in the shop's learning area: causes as sections, each with strategies, the sources it cites, how it
/// was written and when it was last reviewed. <see cref="ContentVersion"/> names the edition of the text it holds.
/// </summary>
public sealed class Guide
{
    public const int MaxTitleLength = 160;
    public const int MaxSummaryLength = 400;
    public const int MaxTextLength = 8000;
    public const int MaxContentVersionLength = 64;

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
        HowWritten = string.Empty;
        ContentVersion = string.Empty;
    }

    public Guide(
        Slug slug,
        string title,
        string summary,
        string intro,
        string closingHeading,
        string closing,
        string medicalNote,
        string howWritten,
        DateOnly lastReviewed,
        string contentVersion,
        bool isFeatured = false,
        bool hasFinder = false)
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
        HowWritten = Limit(howWritten, MaxTextLength, "note on how it was written");
        LastReviewed = lastReviewed != default ? lastReviewed : throw new DomainException("A guide says when it was last reviewed.");
        ContentVersion = Limit(contentVersion, MaxContentVersionLength, "content version");
        IsFeatured = isFeatured;
        HasFinder = hasFinder;
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

    /// <summary>Markdown: how the guide was written and how to read its evidence labels.</summary>
    public string HowWritten { get; private set; }

    public DateOnly LastReviewed { get; private set; }

    /// <summary>The edition of the text, e.g. a hash of the file it was seeded from.</summary>
    public string ContentVersion { get; private set; }

    /// <summary>The guide the home page features.</summary>
    public bool IsFeatured { get; private set; }

    /// <summary>Whether the guide has a cause finder at <c>/learn/{slug}/finder</c>.</summary>
    public bool HasFinder { get; private set; }

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
        // The page uses these anchors itself, and #ref-{key} for each reference.
        if (_sections.Any(s => s.Anchor == anchor)
            || anchor.Value is "references" or "what-to-do-first" or "contents" or "how-this-guide-was-written"
            || anchor.Value.StartsWith("ref-", StringComparison.Ordinal))
        {
            throw new DomainException($"The anchor #{anchor} is already used on this guide.");
        }

        var section = new GuideSection(anchor, heading, body, _sections.Count, compressionUnsafe, cues, onlyWhen);
        _sections.Add(section);
        return section;
    }

    /// <summary>Adds a strategy to the section at <paramref name="anchor"/>; a section where compression can harm refuses a compression strategy.</summary>
    public Strategy AddStrategy(Slug anchor, string text, StrategyKind kind, Evidence evidence, SockFit? fit = null) =>
        (_sections.FirstOrDefault(s => s.Anchor == anchor) ?? throw new DomainException($"This guide has no section #{anchor}."))
            .AddStrategy(text, kind, evidence, fit);

    public Reference AddReference(string key, string authors, string title, string source, int year, string url)
    {
        if (_references.Any(r => r.Key == key))
        {
            throw new DomainException($"The reference key “{key}” is already used on this guide.");
        }

        var reference = new Reference(key, authors, title, source, year, url, _references.Count);
        _references.Add(reference);
        return reference;
    }

    /// <summary>Evidence for a strategy of this guide, citing references it lists by key.</summary>
    public Evidence Cite(EvidenceLevel level, params IReadOnlyList<string> keys)
    {
        var unknown = keys.Where(k => _references.All(r => r.Key != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException($"A strategy cites {string.Join(", ", unknown)}, which the guide's reference list does not hold.");
        }

        return new Evidence(level, keys.Distinct().ToArray());
    }

    /// <summary>
    /// Takes the whole text of a newer edition of this guide, keeping the guide itself (its id and slug), so what
    /// refers to the guide survives a correction.
    /// </summary>
    public void Revise(Guide edition)
    {
        if (edition.Slug != Slug)
        {
            throw new DomainException($"The guide {Slug} cannot be revised with the text of {edition.Slug}.");
        }

        Title = edition.Title;
        Summary = edition.Summary;
        Intro = edition.Intro;
        ClosingHeading = edition.ClosingHeading;
        Closing = edition.Closing;
        MedicalNote = edition.MedicalNote;
        HowWritten = edition.HowWritten;
        LastReviewed = edition.LastReviewed;
        ContentVersion = edition.ContentVersion;
        IsFeatured = edition.IsFeatured;
        HasFinder = edition.HasFinder;
        _sections.Clear();
        _sections.AddRange(edition._sections);
        _references.Clear();
        _references.AddRange(edition._references);
    }

    private static string Limit(string value, int maxLength, string what)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"A guide's {what} needs 1 to {maxLength} characters.");
    }
}
