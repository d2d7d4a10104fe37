namespace Storefront.Domain.Catalog;

public sealed record SizeChartRow(string Size, string CalfCircumference, string ShoeSizeUs);

/// <summary>How our sizes fit: calf circumference at its widest and US shoe size.</summary>
public static class SizeChart
{
    public static readonly IReadOnlyList<string> StandardSizes = ["S", "M", "L", "XL", "XXL"];

    private static readonly SizeChartRow[] Standard =
    [
        new("S", "28–33 cm (11–13 in)", "W 4–6 · M 3–5"),
        new("M", "33–38 cm (13–15 in)", "W 6.5–9 · M 5.5–8"),
        new("L", "38–43 cm (15–17 in)", "W 9.5–12 · M 8.5–11"),
        new("XL", "43–48 cm (17–19 in)", "W 12.5+ · M 11.5–13"),
        new("XXL", "48–53 cm (19–21 in)", "M 13.5–15"),
    ];

    private static readonly SizeChartRow[] WideCalf =
    [
        new("M", "38–46 cm (15–18 in)", "W 6.5–9 · M 5.5–8"),
        new("L", "46–53 cm (18–21 in)", "W 9.5–12 · M 8.5–11"),
        new("XL", "53–61 cm (21–24 in)", "W 12.5+ · M 11.5–13"),
        new("XXL", "61–69 cm (24–27 in)", "M 13.5–15"),
    ];

    public static IReadOnlyList<SizeChartRow> For(SockStyle style, IEnumerable<string> sizes)
    {
        var wanted = sizes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (style == SockStyle.WideCalf ? WideCalf : Standard).Where(r => wanted.Contains(r.Size)).ToList();
    }

    /// <summary>Orders sizes small to large; unknown sizes go last.</summary>
    public static int Rank(string size)
    {
        var index = StandardSizes.ToList().FindIndex(s => string.Equals(s, size, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }
}
