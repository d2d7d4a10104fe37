namespace Storefront.Domain.Ordering;

/// <summary>Where the socks go, as the payment provider collected it.</summary>
public sealed record ShippingAddress(string Name, string Line1, string? Line2, string City, string State, string PostalCode, string Country)
{
    public override string ToString() =>
        string.Join(", ", new[] { Name, Line1, Line2, City, $"{State} {PostalCode}".Trim(), Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
