using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Guides.ListGuides;

namespace Storefront.Web.Pages.Learn;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<GuideSummary> Guides { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Guides = await mediator.Send(new ListGuidesQuery(), cancellationToken);
}
