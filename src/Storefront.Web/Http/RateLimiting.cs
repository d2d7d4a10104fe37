using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Storefront.Web.Http;

/// <summary>
/// Per-client limits on the requests that hold stock or call the payment provider. A refused request gets 429 with
/// Retry-After; the status code pages then show the readable "slow down" page.
/// </summary>
public static class RateLimiting
{
    public const string CartWrites = "cart-writes";
    public const string Checkout = "checkout";
    public const string PaymentChecks = "payment-checks";

    public static IServiceCollection AddShopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(CartWrites, context => PerMinute(context, limits.CartWritesPerMinute, HttpMethods.IsPost(context.Request.Method)));
            options.AddPolicy(Checkout, context => PerMinute(context, limits.CheckoutsPerMinute, HttpMethods.IsPost(context.Request.Method)));
            options.AddPolicy(PaymentChecks, context => PerMinute(context, limits.PaymentChecksPerMinute, HttpMethods.IsGet(context.Request.Method)));
        });
        return services;
    }

    /// <summary>A fixed one-minute window per client, for the requests that <paramref name="counts"/>; the others pass freely.</summary>
    public static RateLimitPartition<string> PerMinute(HttpContext context, int permits, bool counts) => counts
        ? RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress.Key(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter(string.Empty);
}
