using Storefront.Domain.Common;

namespace Storefront.Domain.Catalog;

/// <summary>A picture of a product. <see cref="Url"/> is site-relative: a shipped file or a stored upload.</summary>
public sealed class ProductImage
{
    public const int MaxAltTextLength = 200;

    private ProductImage()
    {
        Url = string.Empty;
        AltText = string.Empty;
    }

    internal ProductImage(string url, string altText, int position)
    {
        if (string.IsNullOrWhiteSpace(url) || !url.StartsWith('/'))
        {
            throw new DomainException("An image URL must be a path on this site.");
        }

        Id = Guid.CreateVersion7();
        Url = url;
        AltText = ValidAltText(altText);
        Position = position;
    }

    public Guid Id { get; private set; }

    public string Url { get; private set; }

    public string AltText { get; private set; }

    public int Position { get; internal set; }

    private static string ValidAltText(string altText)
    {
        var trimmed = altText?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxAltTextLength
            ? trimmed
            : throw new DomainException($"Every image needs alt text of 1 to {MaxAltTextLength} characters.");
    }
}
