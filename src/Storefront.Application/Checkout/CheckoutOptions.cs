namespace Storefront.Application.Checkout;

/// <summary>Checkout settings (section <c>Checkout</c>).</summary>
public sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>How long a payment session stays open (Stripe allows 30 minutes to 24 hours).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Extra time after the session expires before its stock is released, so the provider's own expiry event comes first.</summary>
    public TimeSpan ReservationGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The shop's public address for links in payment pages and emails; the request's own address when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    public string BaseUrl(string requestBaseUrl) => (string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBaseUrl : PublicBaseUrl).TrimEnd('/');
}
