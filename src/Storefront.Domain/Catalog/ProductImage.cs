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

    internal ProductImage(string url, string altText, string? colour, int position)
    {
        if (string.IsNullOrWhiteSpace(url) || !url.StartsWith('/'))
        {
            throw new DomainException("An image URL must be a path on this site.");
        }

        Id = Guid.CreateVersion7();
        Url = url;
        AltText = ValidAltText(altText);
        Colour = ValidColour(colour);
        Position = position;
    }

    public Guid Id { get; private set; }

    public string Url { get; private set; }

    public string AltText { get; private set; }

    /// <summary>The variant colour the picture shows; null when it shows the sock in every colour.</summary>
    public string? Colour { get; private set; }

    public int Position { get; internal set; }

    /// <summary>
    /// Which of the pictures (in their order) to show for <paramref name="colour"/>: the first of that colour, else the
    /// first that shows every colour, else the first. The one rule for the product page, the cart and the order.
    /// </summary>
    public static T? Showing<T>(IEnumerable<T> inOrder, Func<T, string?> colourOf, string? colour)
        where T : class
    {
        var pictures = inOrder.ToList();
        return pictures.FirstOrDefault(p => colour is not null && string.Equals(colourOf(p), colour, StringComparison.OrdinalIgnoreCase))
            ?? pictures.FirstOrDefault(p => colourOf(p) is null)
            ?? pictures.FirstOrDefault();
    }

    private static string? ValidColour(string? colour)
    {
        var trimmed = colour?.Trim();
        return trimmed switch
        {
            null or "" => null,
            { Length: <= ProductVariant.MaxColourLength } => trimmed,
            _ => throw new DomainException($"A picture's colour has at most {ProductVariant.MaxColourLength} characters."),
        };
    }

    private static string ValidAltText(string altText)
    {
        var trimmed = altText?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxAltTextLength
            ? trimmed
            : throw new DomainException($"Every image needs alt text of 1 to {MaxAltTextLength} characters.");
    }
}
