using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Products.ExportProducts;
using Storefront.Application.Common;

namespace Storefront.Web.Pages.Admin.Products;

/// <summary>Downloads every product with its variants as CSV (a page, so the admin folder's authorization covers it).</summary>
public sealed class ExportModel(IMediator mediator, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        File(await mediator.Send(new ExportProductsQuery(), cancellationToken), "text/csv; charset=utf-8", $"products-{clock.UtcNow:yyyy-MM-dd}.csv");
}
