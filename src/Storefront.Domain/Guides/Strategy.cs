using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>One thing a reader can do about a cause. A compression strategy says which socks fit it.</summary>
public sealed class Strategy
{
    public const int MaxTextLength = 500;

    private Strategy()
    {
        Text = string.Empty;
    }

    internal Strategy(string text, StrategyKind kind, SockFit? fit, int position)
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
        Kind = kind;
        Fit = fit;
        Position = position;
    }

    public Guid Id { get; private set; }

    public string Text { get; private set; }

    public StrategyKind Kind { get; private set; }

    /// <summary>Set exactly when <see cref="Kind"/> is <see cref="StrategyKind.Compression"/>.</summary>
    public SockFit? Fit { get; private set; }

    public int Position { get; private set; }
}
