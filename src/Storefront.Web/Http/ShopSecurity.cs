using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using NetEscapades.AspNetCore.SecurityHeaders;

namespace Storefront.Web.Http;

/// <summary>
/// Response hardening in one place: security headers on every response, no-store on pages with personal data,
/// Secure cookies over HTTPS, a year of HSTS in Production, 405 for methods a page does not handle, and the rate limits.
/// </summary>
public static class ShopSecurity
{
    /// <summary>The header policy of pages whose URL is a secret (order links, payment returns): no Referer leaves them.</summary>
    public const string SecretUrlPolicy = "secret-url";

    /// <summary>Where Stripe Checkout's hosted page lives; the checkout form's redirect goes there.</summary>
    private const string StripeCheckout = "https://checkout.stripe.com";

    private static readonly string[] PersonalFolders = ["/Admin", "/Cart", "/Checkout", "/Orders"];
    private static readonly string[] SecretUrlFolders = ["/Checkout", "/Orders"];

    public static IServiceCollection AddShopSecurity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddShopRateLimits(configuration);
        services.AddSecurityHeaderPolicies(policies => policies
            .SetDefaultPolicy(headers => Headers(headers))
            .AddPolicy(SecretUrlPolicy, headers => Headers(headers).AddReferrerPolicyNoReferrer()));
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.Configure<CookiePolicyOptions>(cookies => cookies.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<PageMethodFilter>());
        services.Configure<RazorPagesOptions>(pages =>
        {
            foreach (var folder in PersonalFolders)
            {
                pages.Conventions.AddFolderApplicationModelConvention(folder, page => page.Filters.Add(new NoStoreFilter()));
            }

            foreach (var folder in SecretUrlFolders)
            {
                pages.Conventions.AddFolderApplicationModelConvention(folder, page => page.EndpointMetadata.Add(new SecurityHeadersPolicyAttribute(SecretUrlPolicy)));
            }
        });
        return services;
    }

    /// <summary>Goes first in the pipeline, so that every response, errors and static files too, carries the headers.</summary>
    public static WebApplication UseShopSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    private static HeaderPolicyCollection Headers(HeaderPolicyCollection headers) => headers
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
        .RemoveServerHeader()
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
            permissions.AddPayment().None();
            permissions.AddUsb().None();
        })
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self().From(StripeCheckout);
            csp.AddFrameAncestors().None();
        });
}
