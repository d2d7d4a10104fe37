using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Audit.GetAuditLog;

namespace Storefront.Web.Pages.Admin.Audit;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "entityType")]
    public string? EntityType { get; set; }

    [FromQuery(Name = "entityKey")]
    public string? EntityKey { get; set; }

    [FromQuery(Name = "user")]
    public string? UserName { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AuditLogPage Log { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Log = await mediator.Send(
            new GetAuditLogQuery { EntityType = EntityType, EntityKey = EntityKey, UserName = UserName, Page = PageNumber },
            cancellationToken);
}
