using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Application.Admin.Products.ListProducts;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Web.Pages.Admin.Products;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "status")]
    public ProductStatus? Status { get; set; }

    [FromQuery(Name = "category")]
    public Guid? Category { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AdminProductList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Search = SearchText.Normalise(Search);
        List = await mediator.Send(
            new ListProductsQuery { Search = Search, Status = Status, CategoryId = Category, Sort = Sort, Page = PageNumber },
            cancellationToken);
    }

    public string PageUrl(int page) => QueryHelpers.AddQueryString("/admin/products", new Dictionary<string, string?>
    {
        ["q"] = Search,
        ["status"] = Status?.ToString(),
        ["category"] = Category?.ToString(),
        ["sort"] = Sort,
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
