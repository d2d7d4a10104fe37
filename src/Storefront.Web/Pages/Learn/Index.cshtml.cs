using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Storefront.Application.Common;
using Storefront.Application.Guides.ListGuides;
using Storefront.Web.Caching;

namespace Storefront.Web.Pages.Learn;

[OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [PageTags.Guides])]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<GuideSummary> Guides { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Guides = await mediator.Send(new ListGuidesQuery(), cancellationToken);
}
