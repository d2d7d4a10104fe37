using Mediator;
using Microsoft.Net.Http.Headers;
using Storefront.Application.Catalog.SuggestProducts;

namespace Storefront.Web.Endpoints;

internal static class SearchEndpoints
{
    /// <summary>Suggestions for the header search box as the shopper types (site.js); the box works without them.</summary>
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/search/suggest", async (string? q, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
        {
            var suggestions = await mediator.Send(new SuggestProductsQuery(q), cancellationToken);
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=60";
            return Results.Ok(suggestions.Select(s => new { name = s.Name, url = s.Url }));
        });
}
