using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Infrastructure.Persistence;
using Stripe;

namespace Storefront.Web.Tests.Support;

/// <summary>The app with Stripe keys, its Stripe.net client pointed through Stripe:ApiBase at a <see cref="FakeStripe"/>.</summary>
public sealed class StripeStorefrontFactory : StorefrontFactory, IAsyncLifetime
{
    public const string WebhookSecret = "whsec_test_storefront";

    public const string PublicBaseUrl = "https://shop.example";

    public FakeStripe Stripe { get; private set; } = null!;

    /// <summary>Saves a test makes fail; none unless armed.</summary>
    public FailingSaves Faults { get; } = new();

    public async Task InitializeAsync() => Stripe = await FakeStripe.StartAsync();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Stripe:SecretKey", "sk_test_fake");
        builder.UseSetting("Stripe:WebhookSecret", WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", Stripe.BaseUrl);
        builder.UseSetting("Checkout:PublicBaseUrl", PublicBaseUrl);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteStorefrontDbContext>(o => o.AddInterceptors(Faults)));
    }

    /// <summary>A Stripe event around a session, as Stripe would send it, with its id.</summary>
    public static (string Id, string Json) Event(string type, Dictionary<string, object?> session, string? id = null)
    {
        id ??= "evt_" + Guid.NewGuid().ToString("N");
        var json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["type"] = type,
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["data"] = new Dictionary<string, object?> { ["object"] = session },
        });
        return (id, json);
    }

    /// <summary>Posts a webhook signed with <paramref name="secret"/> (the real one unless a test forges it) at <paramref name="timestamp"/>.</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(HttpClient client, string json, string? secret = WebhookSecret, DateTimeOffset? timestamp = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", EventUtility.GenerateSignatureHeader(json, secret, (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds()));
        }

        return await client.SendAsync(request);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
