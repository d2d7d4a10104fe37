using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Application.Carts;
using Storefront.Application.Carts.AddToCart;
using Storefront.Application.Carts.ChangeQuantity;
using Storefront.Application.Carts.GetCart;
using Storefront.Application.Carts.RemoveLine;
using Storefront.Application.Carts.ReviewCartChanges;
using Storefront.Domain.Common;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Cart;

/// <summary>The cart, and the forms that change it: add (from product pages and the guide), quantity, remove, review changes.</summary>
[EnableRateLimiting(RateLimiting.CartWrites)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const string ProblemKey = "CartProblem";
    public const string MessageKey = "CartMessage";

    /// <summary>The only things a shopper sends: which variant and how many. Any price field in the form is ignored.</summary>
    [BindProperty]
    public Guid VariantId { get; set; }

    [BindProperty]
    public int Quantity { get; set; }

    public CartView Cart { get; private set; } = null!;

    [TempData(Key = ProblemKey)]
    public string? Problem { get; set; }

    [TempData(Key = MessageKey)]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cart = await mediator.Send(new GetCartQuery(CartCookie.Read(Request)), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            var added = await mediator.Send(new AddToCartCommand(CartCookie.Read(Request), VariantId, Quantity), cancellationToken);
            CartCookie.Write(Response, added.CartId);
            Message = $"Added {added.ProductName} to your cart.";
        }, cancellationToken);

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => mediator.Send(new ChangeQuantityCommand(CartCookie.Read(Request), VariantId, Quantity), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Quantity));
        return ChangeAsync(() => mediator.Send(new RemoveLineCommand(CartCookie.Read(Request), VariantId), cancellationToken).AsTask(), cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ReviewCartChangesCommand(CartCookie.Read(Request)), cancellationToken);
        Message = "Your cart is up to date with today's prices and stock.";
        return new SeeOtherResult("/cart");
    }

    /// <summary>Runs a cart change; bad input or a broken rule shows the cart again with a readable error and a 400.</summary>
    private async Task<IActionResult> ChangeAsync(Func<Task> change, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await change();
                return new SeeOtherResult("/cart");
            }
            catch (ValidationException invalid)
            {
                foreach (var error in invalid.Errors)
                {
                    ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
                }
            }
            catch (DomainException broken)
            {
                ModelState.AddModelError(string.Empty, broken.Message);
            }
        }
        else
        {
            ExplainBindingErrors();
        }

        Cart = await mediator.Send(new GetCartQuery(CartCookie.Read(Request)), cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>"The value 'abc' is not valid" says little; say what is expected instead.</summary>
    private void ExplainBindingErrors()
    {
        var badQuantity = ModelState.TryGetValue(nameof(Quantity), out var quantity) && quantity.Errors.Count > 0;
        var badVariant = ModelState.TryGetValue(nameof(VariantId), out var variant) && variant.Errors.Count > 0;
        ModelState.Clear();
        if (badQuantity)
        {
            ModelState.AddModelError(nameof(Quantity), $"Choose a quantity from 1 to {Domain.Carts.Cart.MaxQuantityPerLine}.");
        }

        if (badVariant)
        {
            ModelState.AddModelError(nameof(VariantId), "Choose a size and colour.");
        }
    }
}
