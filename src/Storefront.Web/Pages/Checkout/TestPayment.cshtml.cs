using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Checkout.TestPayment;
using Storefront.Application.Orders;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Checkout;

/// <summary>The test gateway's payment page: no card, just Pay or Decline, through the same fulfilment as Stripe's webhook.</summary>
/// <remarks>The fields are nullable so an empty one gets the validator's one message, not a second "required" from binding.</remarks>
public sealed class TestPaymentModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? Name { get; set; } = "Test Shopper";

    [BindProperty]
    public string? Line1 { get; set; } = "1 Test Street";

    [BindProperty]
    public string? City { get; set; } = "Springfield";

    [BindProperty]
    public string? State { get; set; } = "IL";

    [BindProperty]
    public string? PostalCode { get; set; } = "62701";

    [BindProperty]
    public string? Email { get; set; } = "shopper@example.com";

    public OrderView Order { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid orderId, CancellationToken cancellationToken) =>
        await LoadAsync(orderId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPayAsync(Guid orderId, CancellationToken cancellationToken) => CompleteAsync(orderId, approve: true, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid orderId, CancellationToken cancellationToken) => CompleteAsync(orderId, approve: false, cancellationToken);

    private async Task<IActionResult> CompleteAsync(Guid orderId, bool approve, CancellationToken cancellationToken)
    {
        var address = new ShippingAddress(Name ?? string.Empty, Line1 ?? string.Empty, null, City ?? string.Empty, State ?? string.Empty, PostalCode ?? string.Empty, "US");
        try
        {
            var result = await mediator.Send(new CompleteTestPaymentCommand(orderId, CartCookie.Read(Request), approve, address, Email, Request.PublicBaseUrl()), cancellationToken);
            return result.SessionId is { } sessionId
                ? new SeeOtherResult($"/checkout/success?session_id={Uri.EscapeDataString(sessionId)}")
                : NotFound();
        }
        catch (ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }

            return await ShowErrorsAsync(orderId, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return await ShowErrorsAsync(orderId, StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowErrorsAsync(Guid orderId, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(orderId, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await mediator.Send(new GetTestPaymentQuery(orderId, CartCookie.Read(Request), Request.PublicBaseUrl()), cancellationToken);
        Order = order!;
        return order is not null;
    }
}
