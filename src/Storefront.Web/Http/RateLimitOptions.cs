namespace Storefront.Web.Http;

/// <summary>Requests one client (address or IPv6 /64) may send per minute (section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Posts that change a cart: add, quantity, remove, review.</summary>
    public int CartWritesPerMinute { get; set; } = 30;

    /// <summary>Posts of the checkout form; each reserves stock and opens a payment session.</summary>
    public int CheckoutsPerMinute { get; set; } = 5;

    /// <summary>Views of the checkout success page, which may ask the payment provider about the order.</summary>
    public int PaymentChecksPerMinute { get; set; } = 30;
}
