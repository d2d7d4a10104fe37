using System.Xml.Linq;
using Mediator;
using Storefront.Application.Catalog.GetSitemap;
using Storefront.Web.Http;

namespace Storefront.Web.Endpoints;

internal static class SeoEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSeoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) =>
            Results.Text($"User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /checkout\nSitemap: {http.Request.PublicBaseUrl()}/sitemap.xml\n", "text/plain"));

        app.MapGet("/sitemap.xml", async (HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
        {
            var paths = await mediator.Send(new GetSitemapQuery(), cancellationToken);
            var document = new XDocument(new XElement(
                Sitemap + "urlset",
                paths.Select(path => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", http.Request.PublicBaseUrl() + path)))));
            return Results.Text(document.ToString(), "application/xml");
        });
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
