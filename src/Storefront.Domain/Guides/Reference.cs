using Storefront.Domain.Common;

namespace Storefront.Domain.Guides;

/// <summary>A source the guide cites.</summary>
public sealed class Reference
{
    private Reference()
    {
        Authors = string.Empty;
        Title = string.Empty;
        Source = string.Empty;
        Url = string.Empty;
    }

    internal Reference(string authors, string title, string source, int year, string url, int position)
    {
        Id = Guid.CreateVersion7();
        Authors = Required(authors, "authors", 300);
        Title = Required(title, "title", 400);
        Source = Required(source, "source", 300);
        Year = year is >= 1900 and <= 2100 ? year : throw new DomainException("A reference needs its year of publication.");
        Url = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? url
            : throw new DomainException("A reference links to an http(s) address.");
        Position = position;
    }

    public Guid Id { get; private set; }

    public string Authors { get; private set; }

    public string Title { get; private set; }

    /// <summary>Journal, publisher or programme, with volume and pages where there are any.</summary>
    public string Source { get; private set; }

    public int Year { get; private set; }

    public string Url { get; private set; }

    public int Position { get; private set; }

    private static string Required(string value, string what, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"A reference's {what} needs 1 to {maxLength} characters.");
    }
}
