using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Application.Carts.ChangeQuantities;
using Storefront.Application.Carts.GetCartSummary;
using Storefront.Application.Checkout.StartCheckout;
using Storefront.Domain.Common;
using Storefront.Web.Http;
using CartPage = Storefront.Web.Pages.Cart.IndexModel;

namespace Storefront.Web.Pages.Checkout;

[EnableRateLimiting(RateLimiting.Checkout)]
public sealed class StartModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => new SeeOtherResult("/cart");

    /// <summary>The quantities in the cart form: what the shopper sees is saved (and checked) before the order is placed.</summary>
    [BindProperty(Name = "Lines")] // named, so a form without these fields does not bind its other fields as lines
    public Dictionary<Guid, int>? Lines { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await SaveQuantitiesAsync(cancellationToken) is { } problem)
        {
            TempData[CartPage.ProblemKey] = problem + " Nothing was charged.";
            return new SeeOtherResult("/cart");
        }

        var result = await mediator.Send(new StartCheckoutCommand(CartCookie.Read(Request), Request.PublicBaseUrl(), ClientAddress.Pseudonym(HttpContext)), cancellationToken);
        if (result.PaymentUrl is { } url)
        {
            return new SeeOtherResult(url);
        }

        TempData[CartPage.ProblemKey] = result.Problem;
        return new SeeOtherResult("/cart");
    }

    private async Task<string?> SaveQuantitiesAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return $"Choose a quantity from 1 to {Domain.Carts.Cart.MaxQuantityPerLine}.";
        }

        if (Lines is null || Lines.Count == 0)
        {
            return null;
        }

        try
        {
            await mediator.Send(new ChangeQuantitiesCommand(CartCookie.Read(Request), Lines), cancellationToken);
            // The header's count (and the page cache's variant) follows the saved quantities.
            CartCookie.WriteCount(Response, (await mediator.Send(new GetCartSummaryQuery(CartCookie.Read(Request)), cancellationToken)).ItemCount);
            return null;
        }
        catch (ValidationException invalid)
        {
            return string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (DomainException broken)
        {
            return broken.Message;
        }
    }
}
