namespace Storefront.Domain.Catalog;

/// <summary>Graduated compression at the ankle, in mmHg.</summary>
public enum CompressionLevel
{
    Mild8To15,
    Moderate15To20,
    Firm20To30,
}
