using Mediator;
using Microsoft.AspNetCore.Mvc;
using Storefront.Application.Guides.GetProductGuideLinks;

namespace Storefront.Web.ViewComponents;

/// <summary>
/// "Why it helps" on a product page. A view component rather than a partial so the product page model keeps
/// sending its one request, and the guide links stay a concern of the guide.
/// </summary>
public sealed class WhyItHelpsViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid productId) =>
        View(await mediator.Send(new GetProductGuideLinksQuery(productId), HttpContext.RequestAborted));
}
