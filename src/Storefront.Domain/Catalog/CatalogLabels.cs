namespace Storefront.Domain.Catalog;

/// <summary>The words a shopper reads for the catalog's attributes, and the URL tokens that stand for them.</summary>
public static class CatalogLabels
{
    public static string Label(this SockStyle style) => style switch
    {
        SockStyle.Ankle => "Ankle",
        SockStyle.Crew => "Crew",
        SockStyle.KneeHigh => "Knee-high",
        SockStyle.ThighHigh => "Thigh-high",
        SockStyle.WideCalf => "Wide calf",
        _ => style.ToString(),
    };

    public static string Label(this CompressionLevel level) => level switch
    {
        CompressionLevel.Mild8To15 => "8–15 mmHg",
        CompressionLevel.Moderate15To20 => "15–20 mmHg",
        CompressionLevel.Firm20To30 => "20–30 mmHg",
        _ => level.ToString(),
    };

    public static string Label(this SockUse use) => use switch
    {
        SockUse.Everyday => "Everyday",
        SockUse.Running => "Running",
        SockUse.Travel => "Travel",
        SockUse.Recovery => "Recovery",
        SockUse.Pregnancy => "Pregnancy",
        _ => string.Join(", ", Split(use).Select(Label)),
    };

    public static string Token(this SockStyle style) => style switch
    {
        SockStyle.KneeHigh => "knee-high",
        SockStyle.ThighHigh => "thigh-high",
        SockStyle.WideCalf => "wide-calf",
        _ => style.ToString().ToLowerInvariant(),
    };

    public static string Token(this CompressionLevel level) => level switch
    {
        CompressionLevel.Mild8To15 => "8-15",
        CompressionLevel.Moderate15To20 => "15-20",
        CompressionLevel.Firm20To30 => "20-30",
        _ => level.ToString(),
    };

    public static string Token(this SockUse use) => use.ToString().ToLowerInvariant();

    public static IEnumerable<SockUse> Split(SockUse uses) =>
        Enum.GetValues<SockUse>().Where(u => u != SockUse.None && uses.HasFlag(u));

    public static SockStyle? ParseStyle(string? token) =>
        Enum.GetValues<SockStyle>().Cast<SockStyle?>().FirstOrDefault(s => s!.Value.Token() == token);

    public static CompressionLevel? ParseCompression(string? token) =>
        Enum.GetValues<CompressionLevel>().Cast<CompressionLevel?>().FirstOrDefault(l => l!.Value.Token() == token);

    public static SockUse? ParseUse(string? token) =>
        Split((SockUse)Enum.GetValues<SockUse>().Sum(u => (int)u)).Cast<SockUse?>().FirstOrDefault(u => u!.Value.Token() == token);
}
