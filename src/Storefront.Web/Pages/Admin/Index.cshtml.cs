using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Dashboard.GetDashboard;
using Storefront.Application.Common;

namespace Storefront.Web.Pages.Admin;

public sealed class IndexModel(IMediator mediator, IClock clock) : PageModel
{
    public string Today => clock.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public AdminDashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await mediator.Send(new GetDashboardQuery(), cancellationToken);
}
