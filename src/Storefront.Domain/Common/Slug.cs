using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Storefront.Domain.Common;

/// <summary>A URL segment: lower-case ASCII letters and digits separated by single hyphens.</summary>
public sealed record Slug
{
    public const int MaxLength = 100;

    private Slug(string value) => Value = value;

    public string Value { get; }

    public static Slug Parse(string value)
    {
        if (!IsValid(value))
        {
            throw new DomainException(
                $"A slug uses lower-case letters, digits and single hyphens, at most {MaxLength} characters.");
        }

        return new Slug(value);
    }

    public static bool IsValid([NotNullWhen(true)] string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !value.StartsWith('-')
        && !value.EndsWith('-')
        && !value.Contains("--", StringComparison.Ordinal);

    /// <summary>Suggests a slug from free text: "Ankle Socks — Black &amp; White" becomes "ankle-socks-black-white".</summary>
    public static Slug FromText(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return Parse(slug.Length == 0 ? throw new DomainException("A slug needs at least one letter or digit.") : slug);
    }

    public override string ToString() => Value;
}
