namespace Storefront.Application.Common;

/// <summary>What a search box sends, made safe to echo back and to put in a LIKE pattern on SQLite and SQL Server.</summary>
public static class SearchText
{
    public const int MaxLength = 100;

    /// <summary>Trimmed and cut to <see cref="MaxLength"/>, so an over-long search narrows the list instead of failing.</summary>
    public static string? Normalise(string? text) =>
        text?.Trim() is { Length: > MaxLength } trimmed ? trimmed[..MaxLength] : text?.Trim();

    /// <summary>A "contains" pattern with \ as escape character; [ is escaped too, as SQL Server reads it as a range.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal) + "%";
}
