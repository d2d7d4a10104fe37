using Microsoft.AspNetCore.Mvc;

namespace Storefront.Web.Http;

/// <summary>303 See Other: after a POST, the browser follows with a GET (to the payment page, or back to the cart).</summary>
internal sealed class SeeOtherResult(string url) : IActionResult
{
    public string Url { get; } = url;

    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = Url;
        return Task.CompletedTask;
    }
}
