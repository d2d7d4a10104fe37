using Mediator;
using Microsoft.AspNetCore.Mvc;
using Storefront.Application.Carts.GetCartSummary;
using Storefront.Web.Http;

namespace Storefront.Web.ViewComponents;

/// <summary>The header's cart link with its item count, on every page.</summary>
public sealed class CartLinkViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await mediator.Send(new GetCartSummaryQuery(CartCookie.Read(Request)), HttpContext.RequestAborted));
}
