namespace Storefront.Web.Http;

/// <summary>
/// For the one form posted without an antiforgery token (add to cart, so product and guide pages can be cached and
/// shared): a browser says where a request comes from in <c>Sec-Fetch-Site</c>, or failing that in <c>Origin</c>.
/// A request that carries neither is not a browser's cross-site form post, so it cannot ride on a shopper's cookies.
/// </summary>
internal static class SameOriginPost
{
    public static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !string.Equals(origin, request.PublicBaseUrl(), StringComparison.OrdinalIgnoreCase)
            && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
