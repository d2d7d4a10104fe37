using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Web.Telemetry;

/// <summary>
/// OpenTelemetry metrics (requests and the shop's own counters), logs, and traces (requests, EF Core commands,
/// outgoing HTTP such as Stripe's API, the shop's use cases). They leave the process over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Traces are recorded only then too (or when <c>Telemetry:Tracing</c> says
/// so): a span per request and per SQL command costs CPU on every page, and without an exporter nobody reads them.
/// </summary>
internal static class TelemetrySetup
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string TracingKey = "Telemetry:Tracing";

    public static IServiceCollection AddStorefrontTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporting = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("storefront"))
            .WithMetrics(metrics => metrics
                .AddMeter(StorefrontMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();
        if (configuration.GetValue(TracingKey, exporting))
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(StorefrontActivity.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation());
        }

        if (exporting)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// Builds the tracer and meter providers now rather than when the host starts, so the start-up work (migrations,
    /// seeding) is traced too. It also matters for EF: a pooled context that found nobody listening stops asking for a
    /// second, and the contexts used at start-up are the ones the first requests get back from the pool.
    /// </summary>
    public static void StartTelemetry(this IServiceProvider services)
    {
        services.GetService<TracerProvider>();
        services.GetService<MeterProvider>();
    }
}
