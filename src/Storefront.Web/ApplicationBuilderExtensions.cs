using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Storefront.Web.Admin;
using Storefront.Web.Caching;
using Storefront.Web.Endpoints;
using Storefront.Web.Http;

namespace Storefront.Web;

public static class ApplicationBuilderExtensions
{
    public static WebApplication UseStorefront(this WebApplication app)
    {
        app.UseProxyForwarding();
        app.UseShopSecurity();
        app.UseResponseCompression();
        app.UseExceptionHandler("/Error");

        app.UseRequestLocalization("en-US");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            // Asset URLs carry a version hash (asp-append-version), so browsers may keep them for a year.
            OnPrepareResponse = context =>
            {
                if (context.Context.Request.Query.ContainsKey("v"))
                {
                    context.Context.Response.Headers.CacheControl = "public,max-age=31536000,immutable";
                }
            },
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UsePublicPageCaching();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapSeoEndpoints();
        app.MapSearchEndpoints();
        app.MapMedia();
        app.MapStripeWebhook();
        app.MapRazorPages();
        return app;
    }
}
