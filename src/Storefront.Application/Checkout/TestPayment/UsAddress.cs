using System.Text.RegularExpressions;

namespace Storefront.Application.Checkout.TestPayment;

/// <summary>What a US shipping address must look like: a USPS state or territory code and a 5-digit ZIP (or ZIP+4).</summary>
public static partial class UsAddress
{
    private static readonly HashSet<string> StateCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP",
    };

    public static bool IsState(string? code) => code is not null && StateCodes.Contains(code.Trim());

    public static bool IsZip(string? zip) => zip is not null && Zip().IsMatch(zip.Trim());

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex Zip();
}
