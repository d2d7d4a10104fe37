using Mediator;
using Microsoft.AspNetCore.Mvc;
using Storefront.Application.Guides.GetFeaturedGuide;

namespace Storefront.Web.ViewComponents;

/// <summary>The home page's teaser for the guide marked as featured; nothing when no guide is.</summary>
public sealed class FeaturedGuideViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new GetFeaturedGuideQuery(), HttpContext.RequestAborted) is { } guide ? View(guide) : Content(string.Empty);
}
