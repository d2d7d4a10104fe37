namespace Storefront.Application.Checkout;

/// <summary>Checkout settings (section <c>Checkout</c>).</summary>
public sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>
    /// How long a payment session stays open. Stripe accepts 30 minutes to 24 hours after it creates the session, so
    /// the default is a minute over 30: a request in flight, or a clock a little behind Stripe's, is never refused.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(31);

    /// <summary>Extra time after the session expires before its stock is released, so the provider's own expiry event comes first.</summary>
    public TimeSpan ReservationGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The shop's public address for links in payment pages and emails; the request's own address when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    public string BaseUrl(string requestBaseUrl) => (string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBaseUrl : PublicBaseUrl).TrimEnd('/');
}
