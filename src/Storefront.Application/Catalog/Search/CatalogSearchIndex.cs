using System.ComponentModel;

namespace Storefront.Application.Catalog.Search;

/// <summary>One published product as search sees it: each field's text, weighted by how much a match there says.</summary>
public sealed record SearchDocument(Guid ProductId, string Name, string Slug, string Description, string Style, string Compression, string Uses, string Colours);

public sealed record SearchHit(Guid ProductId, string Name, string Slug, double Score);

/// <summary>
/// An in-memory index of the published catalog. Every query word must match the product in some field, in any order;
/// a word matches a catalog term exactly, as the start of a longer term, or (from five letters on) with one typo.
/// Hits are ranked by where the words matched (name first, description last) and how closely.
/// </summary>
[ImmutableObject(true)] // HybridCache then hands out this instance instead of a copy per request
public sealed class CatalogSearchIndex
{
    private const int FuzzyFromLength = 5;
    private const int PrefixFromLength = 3;

    private readonly List<(SearchDocument Document, Dictionary<string, double> Weights)> _documents;
    private readonly string[] _vocabulary;

    public CatalogSearchIndex(IEnumerable<SearchDocument> documents)
    {
        _documents = documents.Select(d => (d, Weigh(d))).ToList();
        _vocabulary = _documents.SelectMany(d => d.Weights.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Matching products, best first; empty when the query has no searchable word.</summary>
    public IReadOnlyList<SearchHit> Search(string? query)
    {
        var expansions = SearchAnalyzer.Terms(query).Distinct(StringComparer.Ordinal).Select(Expand).ToList();
        if (expansions.Count == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var (document, weights) in _documents)
        {
            var score = 0d;
            foreach (var candidates in expansions)
            {
                var best = candidates.Max(c => weights.GetValueOrDefault(c.Term) * c.Closeness);
                if (best == 0)
                {
                    score = 0;
                    break;
                }

                score += best;
            }

            if (score > 0)
            {
                hits.Add(new SearchHit(document.ProductId, document.Name, document.Slug, score));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Products whose name or description holds the text as typed, ignoring case, by name: for a query without a word
    /// to search by ("%", "socks"). Matched here rather than with SQL LIKE, whose case rules differ between providers.
    /// </summary>
    public IReadOnlyList<SearchHit> Containing(string text) =>
        _documents.Select(d => d.Document)
            .Where(d => d.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || d.Description.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(d => new SearchHit(d.ProductId, d.Name, d.Slug, 1))
            .OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>True when the query has words search can use (a query of only "socks" lists everything instead).</summary>
    public static bool HasTerms(string? query) => SearchAnalyzer.Terms(query).Count > 0;

    private List<(string Term, double Closeness)> Expand(string term)
    {
        var candidates = new List<(string, double)> { (term, 1.0) };
        foreach (var known in _vocabulary)
        {
            if (term.Length >= PrefixFromLength && known.Length > term.Length && known.StartsWith(term, StringComparison.Ordinal))
            {
                candidates.Add((known, 0.6));
            }
            else if (term.Length >= FuzzyFromLength && known != term && IsOneEditApart(term, known))
            {
                candidates.Add((known, 0.5));
            }
        }

        return candidates;
    }

    private static Dictionary<string, double> Weigh(SearchDocument document)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string text, double weight)
        {
            foreach (var term in SearchAnalyzer.Terms(text))
            {
                weights[term] = Math.Max(weights.GetValueOrDefault(term), weight);
            }
        }

        Add(document.Description, 1);
        Add(document.Uses, 3);
        Add(document.Colours, 4);
        Add(document.Compression, 4);
        Add(document.Style, 4);
        Add(document.Name, 8);
        return weights;
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbours turns one word into the other.</summary>
    private static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }
}
