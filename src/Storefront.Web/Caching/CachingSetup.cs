using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Storefront.Web.Caching;

internal static class CachingSetup
{
    /// <summary><c>OutputCache:Enabled</c> (default true) switches the page cache off, e.g. to measure uncached renders.</summary>
    public const string EnabledKey = "OutputCache:Enabled";

    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        // Without a configured public address, absolute links follow the request's Host, so the cache must key on it.
        var varyByHost = string.IsNullOrWhiteSpace(configuration["Checkout:PublicBaseUrl"]);
        services.AddOutputCache(options => options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy(varyByHost)));
        return services;
    }

    public static WebApplication UsePublicPageCaching(this WebApplication app)
    {
        if (app.Configuration.GetValue(EnabledKey, true))
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>
    /// Brotli and gzip for text, HTTPS included: the one secret a page carries, the antiforgery token, is encrypted
    /// afresh on every render, so compression reveals nothing about it (BREACH).
    /// </summary>
    public static IServiceCollection AddTextCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
