using Microsoft.AspNetCore.Mvc.Filters;

namespace Storefront.Web.Http;

/// <summary>Pages with personal data (cart, checkout, orders, admin): no browser, proxy or output cache keeps a copy.</summary>
internal sealed class NoStoreFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
