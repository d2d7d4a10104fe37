using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>
/// One thing a reader can do about a cause, with how strongly its sources back it. A compression strategy says which
/// socks fit it.
/// </summary>
public sealed class Strategy
{
    public const int MaxTextLength = 500;

    private Strategy()
    {
        Text = string.Empty;
        Citations = [];
    }

    internal Strategy(string text, StrategyKind kind, Evidence evidence, SockFit? fit, int position)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Unknown kind of strategy.");
        }

        if ((kind == StrategyKind.Compression) != (fit is not null))
        {
            throw new DomainException("A compression strategy says which socks fit it, and only a compression strategy does.");
        }

        var trimmed = text?.Trim() ?? string.Empty;
        Id = Guid.CreateVersion7();
        Text = trimmed.Length is > 0 and <= MaxTextLength
            ? trimmed
            : throw new DomainException($"A strategy needs 1 to {MaxTextLength} characters of text.");
        evidence.EnsureCarries(Text);
        EvidenceLevel = evidence.Level;
        Citations = evidence.Citations;
        Kind = kind;
        Fit = fit;
        Position = position;
    }

    public Guid Id { get; private set; }

    public string Text { get; private set; }

    public StrategyKind Kind { get; private set; }

    public EvidenceLevel EvidenceLevel { get; private set; }

    /// <summary>Keys of the guide's references this strategy rests on; none for expert opinion.</summary>
    public IReadOnlyList<string> Citations { get; private set; }

    /// <summary>Set exactly when <see cref="Kind"/> is <see cref="StrategyKind.Compression"/>.</summary>
    public SockFit? Fit { get; private set; }

    public int Position { get; private set; }
}
