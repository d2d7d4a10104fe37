using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Application.Carts;
using Storefront.Application.Carts.AddToCart;
using Storefront.Application.Carts.ChangeQuantities;
using Storefront.Application.Carts.GetCart;
using Storefront.Application.Carts.GetCartSummary;
using Storefront.Application.Carts.RemoveLine;
using Storefront.Application.Carts.ReviewCartChanges;
using Storefront.Domain.Common;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Cart;

/// <summary>The cart, and the forms that change it: add (from product pages and the guide), quantities, remove, review changes.</summary>
/// <remarks>
/// Antiforgery is checked here per handler rather than by the global filter: adds come from cached pages that carry no
/// token, so they are checked by origin instead (<see cref="SameOriginPost"/>); every other change needs its token.
/// </remarks>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimiting.CartWrites)]
public sealed class IndexModel(IMediator mediator, IAntiforgery antiforgery) : PageModel
{
    public const string ProblemKey = "CartProblem";
    public const string MessageKey = "CartMessage";

    /// <summary>The only things a shopper sends: which variant and how many. Any price field in the form is ignored.</summary>
    [BindProperty]
    public Guid VariantId { get; set; }

    [BindProperty]
    public int Quantity { get; set; }

    /// <summary>The cart form's quantity boxes, keyed by variant: every line is saved as the shopper sees it.</summary>
    [BindProperty(Name = "Lines")] // named, so a form without these fields does not bind its other fields as lines
    public Dictionary<Guid, int>? Lines { get; set; }

    /// <summary>The stepper's − and + buttons name the line they step (used when script does not step in the page).</summary>
    [BindProperty]
    public Guid? Decrease { get; set; }

    [BindProperty]
    public Guid? Increase { get; set; }

    /// <summary>A card outside the product page asks to come back to itself (<see cref="AddedReturn"/>); only local addresses are followed.</summary>
    [BindProperty]
    public string? ReturnTo { get; set; }

    public CartView Cart { get; private set; } = null!;

    [TempData(Key = ProblemKey)]
    public string? Problem { get; set; }

    [TempData(Key = MessageKey)]
    public string? Message { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.Name == "Add")
        {
            if (SameOriginPost.IsCrossSite(Request))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
            }
        }
        else if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            context.Result = new AntiforgeryValidationFailedResult();
            return;
        }

        await next();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cart = await mediator.Send(new GetCartQuery(CartCookie.Read(Request)), cancellationToken);
        CartCookie.WriteCount(Response, Cart.ItemCount);
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var returnTo = Url.IsLocalUrl(ReturnTo) ? ReturnTo : null;
        return ChangeAsync(
            async () =>
            {
                var added = await mediator.Send(new AddToCartCommand(CartCookie.Read(Request), VariantId, Quantity), cancellationToken);
                CartCookie.Write(Response, added.CartId);
                CartCookie.WriteCount(Response, added.ItemCount);
                if (returnTo is null)
                {
                    // The message waits in a cookie for the cart page; a cached page going back would not read it.
                    Message = $"Added {added.ProductName} to your cart.";
                }
            },
            returnTo ?? "/cart",
            cancellationToken);
    }

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) =>
        ChangeAsync(
            async () =>
            {
                await mediator.Send(new ChangeQuantitiesCommand(CartCookie.Read(Request), Stepped(Lines ?? [], Decrease, Increase)), cancellationToken);
                await RefreshCountAsync(cancellationToken);
            },
            "/cart",
            cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Quantity));
        return ChangeAsync(
            async () =>
            {
                await mediator.Send(new RemoveLineCommand(CartCookie.Read(Request), VariantId), cancellationToken);
                await RefreshCountAsync(cancellationToken);
            },
            "/cart",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ReviewCartChangesCommand(CartCookie.Read(Request)), cancellationToken);
        await RefreshCountAsync(cancellationToken);
        Message = "Your cart is up to date with today's prices and stock.";
        return new SeeOtherResult("/cart");
    }

    /// <summary>Runs a cart change; bad input or a broken rule shows the cart again with a readable error and a 400.</summary>
    private async Task<IActionResult> ChangeAsync(Func<Task> change, string then, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await change();
                return new SeeOtherResult(then);
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

    /// <summary>The typed quantities, with a − or + press applied to its line.</summary>
    private static Dictionary<Guid, int> Stepped(Dictionary<Guid, int> quantities, Guid? decrease, Guid? increase)
    {
        var stepped = new Dictionary<Guid, int>(quantities);
        if (decrease is { } down && stepped.TryGetValue(down, out var less))
        {
            stepped[down] = Math.Max(1, less - 1);
        }

        if (increase is { } up && stepped.TryGetValue(up, out var more))
        {
            stepped[up] = more + 1;
        }

        return stepped;
    }

    private async Task RefreshCountAsync(CancellationToken cancellationToken) =>
        CartCookie.WriteCount(Response, (await mediator.Send(new GetCartSummaryQuery(CartCookie.Read(Request)), cancellationToken)).ItemCount);

    /// <summary>"The value 'abc' is not valid" says little; say what is expected instead.</summary>
    private void ExplainBindingErrors()
    {
        var badQuantity = ModelState.Any(e => e.Value?.Errors.Count > 0 && (e.Key == nameof(Quantity) || e.Key.StartsWith(nameof(Lines), StringComparison.Ordinal)));
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
