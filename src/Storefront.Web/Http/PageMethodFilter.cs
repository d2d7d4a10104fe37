using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Storefront.Web.Http;

/// <summary>
/// A request no handler of the page answers (TRACE, PUT, or a POST to a page without that handler) would render the
/// page with no model: 405 with the methods it does take, or 404 for a handler name the page does not have at all.
/// Pages with no handlers (the error and status pages) answer any method.
/// </summary>
internal sealed class PageMethodFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var name = context.RouteData.Values["handler"] as string ?? request.Query["handler"].FirstOrDefault();
        var named = handlers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 0)
        {
            context.Result = new NotFoundResult();
            return;
        }

        var allowed = named.Select(h => h.HttpMethod.ToUpperInvariant()).ToList();
        if (allowed.Contains(HttpMethods.Get))
        {
            allowed.Add(HttpMethods.Head);
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed.Distinct());
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
