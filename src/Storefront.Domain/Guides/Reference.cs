using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>A source the guide cites; strategies cite it by its <see cref="Key"/>.</summary>
public sealed class Reference
{
    private Reference()
    {
        Key = string.Empty;
        Authors = string.Empty;
        Title = string.Empty;
        Source = string.Empty;
        Url = string.Empty;
    }

    internal Reference(string key, string authors, string title, string source, int year, string url, int position)
    {
        Id = Guid.CreateVersion7();
        Key = Slug.IsValid(key) && key.Length <= MaxKeyLength
            ? key
            : throw new DomainException($"A reference's key is a slug of at most {MaxKeyLength} characters, e.g. allen-kirby-2012.");
        Authors = Required(authors, "authors", 300);
        Title = Required(title, "title", 400);
        Source = Required(source, "source", 300);
        Year = year is >= 1900 and <= 2100 ? year : throw new DomainException("A reference needs its year of publication.");
        Url = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? url
            : throw new DomainException("A reference links to an http(s) address.");
        Position = position;
    }

    public const int MaxKeyLength = 60;

    public Guid Id { get; private set; }

    /// <summary>How strategies cite it, and its anchor on the page: <c>#ref-{key}</c>.</summary>
    public string Key { get; private set; }

    public string Authors { get; private set; }

    public string Title { get; private set; }

    /// <summary>Journal, publisher or programme, with volume and pages where there are any.</summary>
    public string Source { get; private set; }

    public int Year { get; private set; }

    public string Url { get; private set; }

    public int Position { get; private set; }

    /// <summary>"Allen and Kirby, 2012", "Schwellnus et al., 2011", "Mayo Clinic Staff, 2019": surnames as MLA lists them, and the year.</summary>
    public string ShortCitation
    {
        get
        {
            var first = Authors.Split(',')[0].Trim();
            var names = Authors.Contains("et al", StringComparison.Ordinal) ? $"{first} et al."
                : Authors.Split(" and ") is [_, var second] ? $"{first} and {second.Trim().Split(' ')[^1]}"
                : first;
            return $"{names}, {Year}";
        }
    }

    private static string Required(string value, string what, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"A reference's {what} needs 1 to {maxLength} characters.");
    }
}
