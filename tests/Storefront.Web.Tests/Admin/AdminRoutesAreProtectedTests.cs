using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

/// <summary>
/// Walks the app's own route table: every route under /admin (pages, handlers, endpoints added later) must send anonymous
/// visitors to the sign-in page and answer signed-in non-admins with 403, for GET and POST alike.
/// </summary>
public sealed class AdminRoutesAreProtectedTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private static readonly string[] PublicAdminRoutes = ["admin/login", "admin/login/two-factor"];

    [Fact]
    public async Task Every_admin_route_sends_anonymous_visitors_to_sign_in_and_refuses_signed_in_non_admins()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var shopper = await factory.SignInAsync("shopper@example.test", admin: false);
        var routes = AdminRoutes();
        Assert.True(routes.Count >= 10, $"Only {routes.Count} admin routes found: {string.Join(", ", routes)}");

        foreach (var url in routes)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var asAnonymous = await anonymous.SendAsync(new HttpRequestMessage(method, url));
                Assert.True(asAnonymous.StatusCode == HttpStatusCode.Redirect, $"{method} {url} as anonymous answered {(int)asAnonymous.StatusCode}");
                Assert.StartsWith("/admin/login", asAnonymous.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);

                var asShopper = await shopper.SendAsync(new HttpRequestMessage(method, url));
                Assert.True(asShopper.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} as a non-admin answered {(int)asShopper.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task An_admin_reaches_every_admin_page()
    {
        var admin = await factory.SignInAsync();
        foreach (var url in AdminRoutes().Where(u => !u.Contains(Guid.Empty.ToString(), StringComparison.Ordinal)))
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"GET {url} as admin answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void Only_the_sign_in_page_under_admin_is_open_to_anonymous_visitors()
    {
        var open = Endpoints()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null
                        || e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/').ToLowerInvariant())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(PublicAdminRoutes, open);
    }

    private List<string> AdminRoutes() =>
        Endpoints()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !PublicAdminRoutes.Contains(r, StringComparer.OrdinalIgnoreCase))
            .Select(r => "/" + System.Text.RegularExpressions.Regex.Replace(r, "{[^}]+}", Guid.Empty.ToString()))
            .Distinct()
            .ToList();

    private List<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
    }
}
