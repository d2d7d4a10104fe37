using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Products.ImportProducts;
using Storefront.Web.Admin;

namespace Storefront.Web.Pages.Admin.Products;

[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(IMediator mediator) : PageModel
{
    private const long MaxRequestBytes = 25 * 1024 * 1024;

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var (_, report) = await mediator.TrySendAsync(new ImportProductsCommand { Length = file?.Length ?? 0, Content = content }, ModelState, "File.", cancellationToken);
        Report = report;
        return Page();
    }
}
