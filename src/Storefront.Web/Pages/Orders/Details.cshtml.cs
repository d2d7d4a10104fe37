using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Orders;
using Storefront.Application.Orders.GetOrderStatus;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Orders;

/// <summary>An order's state for whoever holds its secret link; anyone else gets a plain 404.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "token")]
    public string? Token { get; set; }

    public OrderView Order { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var order = await mediator.Send(new GetOrderStatusQuery(number, Token, Request.PublicBaseUrl()), cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        Order = order;
        return Page();
    }
}
