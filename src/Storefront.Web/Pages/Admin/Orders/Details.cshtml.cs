using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Orders.CancelOrder;
using Storefront.Application.Admin.Orders.GetOrderDetail;
using Storefront.Application.Admin.Orders.RefundOrder;
using Storefront.Application.Admin.Orders.ShipOrder;
using Storefront.Web.Admin;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Admin.Orders;

/// <summary>One order and the actions its state allows; each form carries the order version it was shown at.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public AdminOrderDetail Order { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostShipAsync(int version, string? trackingNumber, CancellationToken cancellationToken) =>
        SendAsync(new ShipOrderCommand(Id, version, trackingNumber ?? string.Empty, Request.PublicBaseUrl()), "Marked shipped.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(int version, CancellationToken cancellationToken) =>
        SendAsync(new CancelOrderCommand(Id, version), "Order cancelled; its socks are back on sale.", cancellationToken);

    public Task<IActionResult> OnPostRefundAsync(int version, CancellationToken cancellationToken) =>
        SendAsync(new RefundOrderCommand(Id, version), "Order refunded.", cancellationToken);

    private async Task<IActionResult> SendAsync(ICommand command, string notice, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && (await mediator.TrySendAsync(command, ModelState, string.Empty, cancellationToken)).Succeeded)
        {
            TempData["Notice"] = notice;
            return Redirect($"/admin/orders/{Id}");
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var order = await mediator.Send(new GetOrderDetailQuery(Id), cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        Order = order;
        return Page();
    }
}
