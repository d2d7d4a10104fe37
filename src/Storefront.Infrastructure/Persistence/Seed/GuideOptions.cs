namespace Storefront.Infrastructure.Persistence.Seed;

/// <summary>Where guides come from besides the files built into the app.</summary>
public sealed class GuideOptions
{
    public const string Section = "Guides";

    /// <summary>A folder of further guide files (<c>*.json</c>, the shape of Seed/Guides); none by default.</summary>
    public string? Directory { get; set; }
}
