using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Storefront.Web.Http;

namespace Storefront.Web.Caching;

/// <summary>
/// Output caching for the public pages anyone may see (home, shop, products, guides). Only anonymous GET and HEAD
/// requests are served from or stored in the cache, and only a 200 that sets no cookie is stored, so nothing
/// personal (an antiforgery token, a signed-in name, a message for one visitor) is ever shared. The header's cart
/// count comes from the visitor's count cookie and is part of the key, so a shopper with a cart stays on the cached
/// path and sees their own count. Pages are evicted by tag when what they show changes; the expiry only bounds how
/// long an entry nobody evicted may live.
/// </summary>
internal sealed class PublicPageCachePolicy(bool varyByHost) : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = varyByHost;
        context.CacheVaryByRules.VaryByValues[CartCookie.CountName] = CartCookie.ReadCount(request).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
