using Microsoft.AspNetCore.Mvc.Filters;

namespace Storefront.Web.Http;

/// <summary>Pages with personal data (cart, checkout, orders, admin): no browser, proxy or output cache keeps a copy.</summary>
internal sealed class NoStoreFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        // The same value antiforgery writes on pages with a form, so the two never disagree.
        context.HttpContext.Response.Headers.CacheControl = "no-cache, no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
