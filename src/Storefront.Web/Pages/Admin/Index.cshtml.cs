using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Dashboard.GetDashboard;

namespace Storefront.Web.Pages.Admin;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public AdminDashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await mediator.Send(new GetDashboardQuery(), cancellationToken);
}
