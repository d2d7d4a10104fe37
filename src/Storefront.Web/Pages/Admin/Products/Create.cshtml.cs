using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Categories.ListCategories;
using Storefront.Application.Admin.Products.ListProducts;
using Storefront.Domain.Catalog;
using Storefront.Web.Admin;

namespace Storefront.Web.Pages.Admin.Products;

public sealed class CreateModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ProductInput Input { get; set; } = new() { Uses = [SockUse.Everyday] };

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadCategoriesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A value that could not even be read (an unknown style) is already a form error; nothing is sent.
        var (created, id) = ModelState.IsValid
            ? await mediator.TrySendAsync(Input.ToCreateCommand(), ModelState, "Input.", cancellationToken)
            : default;
        if (!created)
        {
            await LoadCategoriesAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = "Draft created. Add a variant, then publish it.";
        return Redirect($"/admin/products/{id}");
    }

    private async Task LoadCategoriesAsync(CancellationToken cancellationToken) =>
        Categories = (await mediator.Send(new ListCategoriesQuery(), cancellationToken)).Select(c => new CategoryOption(c.Id, c.Name)).ToList();
}
