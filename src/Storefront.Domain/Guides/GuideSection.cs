using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>
/// One cause in a guide, with its anchor on the page and what to do about it. A section where compression can
/// harm (e.g. narrowed arteries) never holds a compression strategy.
/// </summary>
public sealed class GuideSection
{
    public const int MaxHeadingLength = 120;
    public const int MaxBodyLength = 6000;

    private readonly List<Strategy> _strategies = [];

    private GuideSection()
    {
        Anchor = null!;
        Heading = string.Empty;
        Body = string.Empty;
    }

    internal GuideSection(Slug anchor, string heading, string body, int position, bool compressionUnsafe, CrampCue cues, CrampCue onlyWhen)
        : this()
    {
        Id = Guid.CreateVersion7();
        Anchor = anchor;
        Heading = Limit(heading, MaxHeadingLength, "heading");
        Body = Limit(body, MaxBodyLength, "body");
        Position = position;
        CompressionUnsafe = compressionUnsafe;
        Cues = cues | onlyWhen;
        OnlyWhen = onlyWhen;
    }

    public Guid Id { get; private set; }

    /// <summary>The fragment the section answers to, e.g. <c>mineral-depletion</c> in <c>/learn/leg-cramps#mineral-depletion</c>.</summary>
    public Slug Anchor { get; private set; }

    public string Heading { get; private set; }

    /// <summary>Markdown.</summary>
    public string Body { get; private set; }

    public int Position { get; private set; }

    /// <summary>Compression can do harm here; the section says to see a doctor instead and suggests no sock.</summary>
    public bool CompressionUnsafe { get; private set; }

    /// <summary>The cause finder's answers that point to this section.</summary>
    public CrampCue Cues { get; private set; }

    /// <summary>
    /// Answers of which at least one must be given for the section to apply at all (none: no condition). Pregnancy
    /// applies only to a reader who is pregnant, however well the time of her cramps fits.
    /// </summary>
    public CrampCue OnlyWhen { get; private set; }

    public IReadOnlyList<Strategy> Strategies => _strategies;

    internal Strategy AddStrategy(string text, StrategyKind kind, Evidence evidence, SockFit? fit = null)
    {
        if (kind == StrategyKind.Compression && CompressionUnsafe)
        {
            throw new DomainException($"“{Heading}” is a cause where compression can harm; it cannot recommend compression socks.");
        }

        var strategy = new Strategy(text, kind, evidence, fit, _strategies.Count);
        _strategies.Add(strategy);
        return strategy;
    }

    /// <summary>How strongly the reader's answers point to this cause; 0 when they do not.</summary>
    [Query]
    public int RelevanceTo(CrampCue answers) =>
        OnlyWhen != CrampCue.None && (OnlyWhen & answers) == CrampCue.None
            ? 0
            : Enum.GetValues<CrampCue>().Where(c => c != CrampCue.None && (Cues & answers & c) != 0).Sum(CauseFinder.Weight);

    private static string Limit(string value, int maxLength, string what)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"A section's {what} needs 1 to {maxLength} characters.");
    }
}
