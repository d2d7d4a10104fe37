using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Application.Carts.GetCartSummary;
using Storefront.Application.Checkout.ConfirmCheckout;
using Storefront.Application.Orders;
using Storefront.Domain.Ordering;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Checkout;

/// <summary>Where the payment page returns. Shows the order's real state; the URL alone never marks anything paid.</summary>
[EnableRateLimiting(RateLimiting.PaymentChecks)]
public sealed class SuccessModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "session_id")]
    public string? SessionId { get; set; }

    public OrderView? Order { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Order = await mediator.Send(new ConfirmCheckoutCommand(SessionId, CartCookie.Read(Request), Request.PublicBaseUrl()), cancellationToken);
        if (Order is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else if (Order.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Refunded)
        {
            // The cart id is what shows this page; once paid, this browser shops under a new one (the page keeps the order's own link),
            // and the header's count cookie learns the cart is empty.
            CartCookie.Delete(Response);
            CartCookie.WriteCount(Response, 0);
            return Page();
        }

        CartCookie.WriteCount(Response, (await mediator.Send(new GetCartSummaryQuery(CartCookie.Read(Request)), cancellationToken)).ItemCount);

        return Page();
    }
}
