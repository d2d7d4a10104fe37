using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Web.Telemetry;

/// <summary>
/// OpenTelemetry traces (requests, EF Core commands, outgoing HTTP such as Stripe's API, the shop's use cases),
/// metrics (requests and the shop's own counters) and logs. They leave the process over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; without it nothing is exported.
/// </summary>
internal static class TelemetrySetup
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddStorefrontTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("storefront"))
            .WithTracing(tracing => tracing
                .AddSource(StorefrontActivity.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(StorefrontMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
