using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Application.Admin.Orders.ListOrders;
using Storefront.Application.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Web.Pages.Admin.Orders;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "status")]
    public OrderStatus? Status { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "flagged")]
    public bool Flagged { get; set; }

    [FromQuery(Name = "unpaid")]
    public bool Unpaid { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AdminOrderList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Search = SearchText.Normalise(Search);
        List = await mediator.Send(
            new ListOrdersQuery { Search = Search, Status = Status, From = From, To = To, FlaggedOnly = Flagged, IncludeUnpaid = Unpaid, Page = PageNumber },
            cancellationToken);
    }

    public string PageUrl(int page) => QueryHelpers.AddQueryString("/admin/orders", new Dictionary<string, string?>
    {
        ["q"] = Search,
        ["status"] = Status?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["flagged"] = Flagged ? "true" : null,
        ["unpaid"] = Unpaid ? "true" : null,
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
