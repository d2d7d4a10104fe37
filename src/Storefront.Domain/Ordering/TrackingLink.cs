using System.Text.RegularExpressions;

namespace Storefront.Domain.Ordering;

/// <summary>The carrier's tracking page for a tracking number, for the carriers the shop ships with (UPS, FedEx, USPS).</summary>
public sealed partial record TrackingLink(string Carrier, string Url)
{
    /// <summary>The link for this number, or null when its shape belongs to no carrier we ship with.</summary>
    public static TrackingLink? For(string? trackingNumber)
    {
        var number = Regex.Replace(trackingNumber ?? string.Empty, @"\s", string.Empty).ToUpperInvariant();
        var escaped = Uri.EscapeDataString(number);
        if (Ups().IsMatch(number))
        {
            return new("UPS", $"https://www.ups.com/track?tracknum={escaped}");
        }

        if (Usps().IsMatch(number))
        {
            return new("USPS", $"https://tools.usps.com/go/TrackConfirmAction?tLabels={escaped}");
        }

        return FedEx().IsMatch(number) ? new("FedEx", $"https://www.fedex.com/fedextrack/?trknbr={escaped}") : null;
    }

    [GeneratedRegex("^1Z[0-9A-Z]{16}$")]
    private static partial Regex Ups();

    /// <summary>USPS: 20–22 digits (IMpb, starting 9), or an international S10 number such as EA123456789US.</summary>
    [GeneratedRegex("^(9[0-9]{19,21}|[A-Z]{2}[0-9]{9}US)$")]
    private static partial Regex Usps();

    [GeneratedRegex("^([0-9]{12}|[0-9]{15})$")]
    private static partial Regex FedEx();
}
