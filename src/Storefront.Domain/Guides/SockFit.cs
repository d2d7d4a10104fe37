using System.Collections.Concurrent;
using System.Linq.Expressions;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>
/// What a compression strategy asks of a sock, by catalog attributes rather than by product. An empty set allows
/// anything. <see cref="Criteria"/> is the one definition of "fits": the database query and <see cref="Matches"/>
/// both use it, so the guide and the product page can never disagree.
/// </summary>
public sealed record SockFit
{
    public const int MaxWhyLength = 200;

    // Compiled once per distinct criteria, not per instance: EF materialises a new SockFit each time it reads a strategy.
    private static readonly ConcurrentDictionary<string, Func<Product, bool>> Compiled = new();

    public SockFit(
        IEnumerable<SockStyle> styles,
        IEnumerable<CompressionLevel> levels,
        SockUse uses,
        SockUse excludedUses,
        string why)
    {
        Styles = styles.Distinct().Order().ToArray();
        Levels = levels.Distinct().Order().ToArray();
        if (Styles.Any(s => !Enum.IsDefined(s)) || Levels.Any(l => !Enum.IsDefined(l)))
        {
            throw new DomainException("A sock fit names only styles and compression levels the shop knows.");
        }

        if ((uses & excludedUses) != SockUse.None)
        {
            throw new DomainException("A sock fit cannot both ask for and exclude the same use.");
        }

        Uses = uses;
        ExcludedUses = excludedUses;
        var trimmed = why?.Trim() ?? string.Empty;
        Why = trimmed.Length is > 0 and <= MaxWhyLength
            ? trimmed
            : throw new DomainException($"Say in 1 to {MaxWhyLength} characters why this sock fits.");
    }

    public IReadOnlyList<SockStyle> Styles { get; }

    public IReadOnlyList<CompressionLevel> Levels { get; }

    /// <summary>The sock must be made for at least one of these uses (none: any use).</summary>
    public SockUse Uses { get; }

    /// <summary>A sock made for any of these uses never fits, e.g. maternity socks for an older reader.</summary>
    public SockUse ExcludedUses { get; }

    /// <summary>One line shown on each suggested sock: why it fits this strategy.</summary>
    public string Why { get; }

    /// <summary>Buyable (<see cref="ForSale.Buyable"/>) and <see cref="Suits"/>.</summary>
    public Expression<Func<Product, bool>> Criteria => ForSale.Buyable.And(Suits);

    /// <summary>Of an allowed style, level and use, whether or not it is in stock now.</summary>
    public Expression<Func<Product, bool>> Suits
    {
        get
        {
            var styles = Styles.ToArray();
            var levels = Levels.ToArray();
            var anyStyle = styles.Length == 0;
            var anyLevel = levels.Length == 0;
            var uses = Uses;
            var anyUse = uses == SockUse.None;
            var excluded = ExcludedUses;
            return p => (anyStyle || styles.Contains(p.Style))
                && (anyLevel || levels.Contains(p.Compression))
                && (anyUse || (p.Uses & uses) != SockUse.None)
                && (p.Uses & excluded) == SockUse.None;
        }
    }

    /// <summary>Whether <paramref name="product"/> (with its variants loaded) fits.</summary>
    public bool Matches(Product product) => Compiled.GetOrAdd(CriteriaKey, _ => Criteria.Compile())(product);

    /// <summary>Whether <paramref name="product"/> is of a style, level and use this fit allows, in stock or not.</summary>
    public bool IsSuitedTo(Product product) => Compiled.GetOrAdd("suits:" + CriteriaKey, _ => Suits.Compile())(product);

    /// <summary>The criteria alone (not <see cref="Why"/>): fits with the same key match the same socks.</summary>
    public string CriteriaKey => $"{string.Join(',', Styles)}|{string.Join(',', Levels)}|{(int)Uses}|{(int)ExcludedUses}";

    public bool Equals(SockFit? other) =>
        other is not null
        && Styles.SequenceEqual(other.Styles)
        && Levels.SequenceEqual(other.Levels)
        && Uses == other.Uses
        && ExcludedUses == other.ExcludedUses
        && Why == other.Why;

    public override int GetHashCode() => HashCode.Combine(Styles.Count, Levels.Count, Uses, ExcludedUses, Why);
}
