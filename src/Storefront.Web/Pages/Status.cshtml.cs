using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Storefront.Web.Pages;

/// <summary>The friendly page behind every error status code (re-executed by the status code pages middleware).</summary>
// Re-executed for any method, so it has no handlers: a refused POST or TRACE must show this page, not fail again on
// the antiforgery check or for want of a handler.
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading => Text.Heading;

    public string Message => Text.Message;

    private (string Heading, string Message) Text => (int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 0) switch
    {
        404 => ("We couldn't find that page", "The sock or page you were looking for isn't here. It may have sold out for good or moved."),
        400 => ("That request didn't look right", "Please check what you entered and try again."),
        403 => ("That page is not for you", "You don't have access to this page."),
        405 => ("That page can't do that", "This page doesn't take that kind of request. Please go back and use the page's own links and buttons."),
        429 => ("Please slow down", RetryMessage()),
        _ => ("Something went wrong", "Please try again in a moment."),
    };

    private string RetryMessage() =>
        "We had a lot of requests from your connection in a short time, so we paused them to keep socks on sale for everyone. "
        + (int.TryParse(Response.Headers.RetryAfter, out var seconds) ? $"Please try again in {seconds} seconds." : "Please try again in a minute.")
        + " Nothing was changed or charged.";
}
