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

    /// <summary>
    /// How long an unpaid checkout holds its socks. Shorter than the payment session on purpose: held stock is stock
    /// nobody else can buy, so when the hold ends the session is closed and the socks go back on sale.
    /// </summary>
    public TimeSpan ReservationHold { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Checkouts waiting for payment that one client (address or IPv6 /64) may have at once, over all its carts.</summary>
    public int MaxUnpaidOrdersPerClient { get; set; } = 2;

    /// <summary>
    /// How long the success page reuses the payment provider's answer about a session instead of asking again:
    /// reloading the page must not cost a provider call each time (the webhook brings the outcome anyway).
    /// </summary>
    public TimeSpan PaymentCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When a checkout placed at <paramref name="now"/> stops holding its stock.</summary>
    public DateTimeOffset HoldUntil(DateTimeOffset now) =>
        now + (ReservationHold < SessionLifetime + ReservationGrace ? ReservationHold : SessionLifetime + ReservationGrace);

    /// <summary>The shop's public address for links in payment pages and emails; the request's own address when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    public string BaseUrl(string requestBaseUrl) => (string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBaseUrl : PublicBaseUrl).TrimEnd('/');
}
