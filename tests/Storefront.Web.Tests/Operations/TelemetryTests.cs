using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Operations;

/// <summary>
/// The app with Stripe (a fake on loopback) and OpenTelemetry exporting into memory instead of over OTLP, with traces
/// recorded as they are when an OTLP endpoint is set.
/// </summary>
public sealed class TelemetryFactory : StripeStorefrontFactory
{
    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        base.ConfigureSettings(builder);
        builder.UseSetting("Telemetry:Tracing", "true");
        builder.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics)));
    }

    /// <summary>Everything recorded so far, exported now.</summary>
    public void Flush()
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    public long Total(string metric, string? tag = null, string? value = null)
    {
        lock (Metrics)
        {
            var latest = Metrics.LastOrDefault(m => m.Name == metric);
            return latest is null ? 0 : latest.MetricPoints
                .Where(p => tag is null || Tags(p).Any(t => t.Key == tag && Equals(t.Value, value)))
                .Sum(p => p.GetSumLong());
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }
}

/// <summary>
/// OpenTelemetry listens to a meter by name across the process, so the shop's counters of other apps under test would
/// count here too: this class runs alone.
/// </summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests(TelemetryFactory factory) : IClassFixture<TelemetryFactory>
{
    [Fact]
    public async Task A_purchase_through_Stripe_produces_request_database_Stripe_and_use_case_spans_and_the_shops_counters()
    {
        var variant = await factory.VariantAsync(25m, stock: 10);
        var product = await factory.WithDbAsync(db => db.Products.Where(p => p.Variants.Any(v => v.Id == variant)).Select(p => p.Slug).FirstAsync());
        var visitor = factory.CreateBrowserlessClient();
        await visitor.GetAsync($"/products/{product}");
        await visitor.GetAsync($"/products/{product}");
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var sessionId = (await shopper.CheckoutAsync()).Split('/').Last();
        factory.Stripe.CompleteSession(sessionId);
        var (_, paid) = StripeStorefrontFactory.Event("checkout.session.completed", factory.Stripe.Session(sessionId));
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await factory.PostWebhookAsync(client, paid)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.PostWebhookAsync(client, paid, secret: "whsec_forged")).StatusCode);
        var leaver = new Shopper(factory);
        await leaver.AddAsync(variant);
        var abandoned = factory.Stripe.Session((await leaver.CheckoutAsync()).Split('/').Last());
        abandoned["status"] = "expired";
        await factory.PostWebhookAsync(client, StripeStorefrontFactory.Event("checkout.session.expired", abandoned).Json);

        factory.Flush();

        var spans = factory.Spans.ToList();
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && Tag(s, "url.path") == "/checkout" && Tag(s, "http.request.method") == "POST");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && Tag(s, "url.path") == "/webhooks/stripe");
        Assert.Contains(spans, s => s.Source.Name == "Storefront" && s.DisplayName == "StartCheckoutCommand");
        Assert.Contains(spans, s => s.Source.Name == "Storefront" && s.DisplayName == "FulfilOrderCommand");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && Tag(s, "url.full")?.StartsWith(factory.Stripe.BaseUrl, StringComparison.Ordinal) == true
            && Tag(s, "url.full")!.Contains("/v1/checkout/sessions", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore");

        Assert.Equal(2, factory.Total("storefront.checkouts.started"));
        Assert.Equal(1, factory.Total("storefront.orders.placed"));
        Assert.Equal(1, factory.Total("storefront.payments.outcomes", "result", "Paid"));
        Assert.Equal(1, factory.Total("storefront.webhooks.failures", "reason", "refused"));
        Assert.Equal(1, factory.Total("storefront.reservations.released"));
        Assert.True(factory.Total("storefront.page_cache.lookups", "result", "hit") >= 1, "the second visit to the product page is a cache hit");
        Assert.Contains(factory.Metrics.ToList(), m => m.Name == "storefront.page_cache.hit_ratio");
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();
}
