using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace Storefront.Web.Http;

/// <summary>
/// Behind a TLS-terminating proxy the scheme and the client's address come from X-Forwarded-Proto and X-Forwarded-For,
/// but only on connections from the proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges). Anyone else's headers are ignored, loopback included, so a
/// spoofed X-Forwarded-For cannot dodge the per-client rate limits. With neither set, no header is trusted.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddProxyForwarding(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        // Every cookie is Secure on an HTTPS request, as the proxy reports it, whatever component writes it (TempData's does not by itself).
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's scheme and address.</summary>
    public static WebApplication UseProxyForwarding(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        return app;
    }
}
