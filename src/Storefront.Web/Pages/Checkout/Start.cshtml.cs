using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Application.Checkout.StartCheckout;
using Storefront.Web.Http;
using CartPage = Storefront.Web.Pages.Cart.IndexModel;

namespace Storefront.Web.Pages.Checkout;

[EnableRateLimiting(RateLimiting.Checkout)]
public sealed class StartModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => new SeeOtherResult("/cart");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new StartCheckoutCommand(CartCookie.Read(Request), Request.PublicBaseUrl(), ClientAddress.Pseudonym(HttpContext)), cancellationToken);
        if (result.PaymentUrl is { } url)
        {
            return new SeeOtherResult(url);
        }

        TempData[CartPage.ProblemKey] = result.Problem;
        return new SeeOtherResult("/cart");
    }
}
