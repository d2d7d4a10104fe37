using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Storefront.Web.Pages;

/// <summary>The friendly page behind every error status code (re-executed by the status code pages middleware).</summary>
// Re-executed for any method: a refused POST must show this page, not fail again on the POST's antiforgery check.
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code)
    {
        (Heading, Message) = code switch
        {
            404 => ("We couldn't find that page", "The sock or page you were looking for isn't here. It may have sold out for good or moved."),
            400 => ("That request didn't look right", "Please check what you entered and try again."),
            403 => ("That page is not for you", "You don't have access to this page."),
            _ => ("Something went wrong", "Please try again in a moment."),
        };
    }

    public void OnPost(int code) => OnGet(code);
}
