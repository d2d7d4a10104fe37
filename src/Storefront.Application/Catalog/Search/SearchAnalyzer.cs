using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Storefront.Application.Catalog.Search;

/// <summary>
/// Turns text into search terms the same way for the catalog and for a query: lower case, accents dropped, split at
/// anything that is not a letter or digit (so hyphens, dashes and spaces are alike), simple plurals made singular, and
/// a few synonyms mapped to the word the catalog uses. Filler words ("socks", "for", "the") are left out.
/// </summary>
public static partial class SearchAnalyzer
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["sport"] = "running",
        ["athletic"] = "running",
        ["athlete"] = "running",
        ["run"] = "running",
        ["runner"] = "running",
        ["jogging"] = "running",
        ["pregnancy"] = "maternity",
        ["pregnant"] = "maternity",
        ["prenatal"] = "maternity",
        ["flight"] = "travel",
        ["flying"] = "travel",
        ["gray"] = "grey",
        ["calve"] = "calf",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "sock", "stocking", "a", "an", "the", "and", "or", "for", "with", "of", "in", "on", "to", "my", "is", "it", "this", "that",
    };

    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        foreach (Match word in Word().Matches(Fold(text)))
        {
            var term = Stem(word.Value);
            term = Synonyms.GetValueOrDefault(term, term);
            if (!StopWords.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>"stockings" → "stocking", "cramps" → "cramp", "varicosities" → "varicosity"; "compress" and "plus" stay.</summary>
    private static string Stem(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            folded.Append(c);
        }

        return folded.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
