using System.Text.RegularExpressions;
using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>
/// What a strategy rests on: its level and the keys of the guide's references it cites. A guide hands these out
/// (<see cref="Guide.Evidence"/>), so a strategy can only cite a reference its guide lists.
/// </summary>
public sealed partial class Evidence
{
    internal Evidence(EvidenceLevel level, IReadOnlyList<string> citations)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainException("Unknown evidence level.");
        }

        if (citations.Count == 0 && level != EvidenceLevel.ExpertOpinion)
        {
            throw new DomainException("A strategy that cites no source can only be expert opinion.");
        }

        Level = level;
        Citations = citations;
    }

    public EvidenceLevel Level { get; }

    /// <summary>Keys into the guide's reference list.</summary>
    public IReadOnlyList<string> Citations { get; }

    /// <summary>Words that promise an outcome; only an established, cited strategy may use them.</summary>
    public static bool MakesStrongClaim(string text) => StrongClaim().IsMatch(text);

    internal void EnsureCarries(string text)
    {
        if (MakesStrongClaim(text) && !(Level == EvidenceLevel.Established && Citations.Count > 0))
        {
            throw new DomainException($"“{text}” promises to prevent, cure or lower a risk; only an established, cited strategy may say so.");
        }
    }

    [GeneratedRegex(@"\b(prevent\w*|cur(e|es|ed|ing)|lowers? (your|the) risk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongClaim();
}
