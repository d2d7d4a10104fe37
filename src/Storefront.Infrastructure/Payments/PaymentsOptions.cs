namespace Storefront.Infrastructure.Payments;

/// <summary>Section <c>Payments</c>: which gateway takes the money.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary><c>Stripe</c>, <c>Test</c>, or empty to choose: Stripe when a secret key is set, else the test gateway outside Production.</summary>
    public string? Provider { get; set; }

    /// <summary>The demo switch: lets <c>Provider=Test</c> run in Production. Never set it in a shop that sells.</summary>
    public bool AllowTestInProduction { get; set; }
}

/// <summary>Section <c>Stripe</c>. Keys come from user secrets or the environment, never from the repository.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Where the Stripe API lives; tests point it at a local fake.</summary>
    public string? ApiBase { get; set; }

    /// <summary>How long one call to Stripe may take, its retries included, before the shopper or admin is told it failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Seconds a webhook signature stays valid (Stripe's default is 300).</summary>
    public long WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>The delivery estimate shown next to the shipping option, in business days.</summary>
    public int DeliveryDaysMin { get; set; } = 3;

    public int DeliveryDaysMax { get; set; } = 5;
}
