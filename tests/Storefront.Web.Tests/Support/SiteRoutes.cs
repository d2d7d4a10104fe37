using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Domain.Catalog;

namespace Storefront.Web.Tests.Support;

/// <summary>One route the app maps, with a URL that reaches it (real ids and slugs filled in).</summary>
public sealed record SiteRoute(string Template, string Url, bool IsPage);

/// <summary>Every page and endpoint the app maps, read from its routing, so a new page is covered without editing a list.</summary>
public static class SiteRoutes
{
    public static async Task<IReadOnlyList<SiteRoute>> AllAsync(StorefrontFactory factory, string orderNumber, Guid orderId)
    {
        var (productSlug, productId) = await factory.WithDbAsync(db => db.Products.Where(p => p.Status == ProductStatus.Published)
            .Select(p => new { p.Slug, p.Id }).FirstAsync().ContinueWith(t => (t.Result.Slug.Value, t.Result.Id)));
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Select(e => (Template: "/" + e.RoutePattern.RawText?.TrimStart('/'), Pattern: e.RoutePattern, IsPage: e.Metadata.GetMetadata<PageActionDescriptor>() is not null))
            .Where(e => !e.Template.Equals("/Index", StringComparison.Ordinal))
            .Select(e => new SiteRoute(e.Template, "/" + string.Join('/', e.Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true } => string.Empty,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.Name switch
                {
                    "slug" when e.Template.StartsWith("/learn", StringComparison.Ordinal) => "leg-cramps",
                    "slug" => productSlug,
                    "number" => orderNumber,
                    "id" when e.Template.Contains("products", StringComparison.Ordinal) => productId.ToString(),
                    "id" or "orderId" => orderId.ToString(),
                    "code" => "404",
                    _ => throw new InvalidOperationException($"No sample value for {{{parameter.Name}}} in {e.Template}"),
                },
                _ => string.Empty,
            })))).TrimEnd('/').Replace("//", "/", StringComparison.Ordinal), e.IsPage))
            .Select(r => r with { Url = r.Url.Length == 0 ? "/" : r.Url })
            .DistinctBy(r => r.Url)
            .OrderBy(r => r.Url, StringComparer.Ordinal)
            .ToList();
    }
}
