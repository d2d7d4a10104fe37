using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Categories.CreateCategory;
using Storefront.Application.Admin.Categories.DeleteCategory;
using Storefront.Application.Admin.Categories.ListCategories;
using Storefront.Application.Admin.Categories.MoveCategory;
using Storefront.Application.Admin.Categories.RenameCategory;
using Storefront.Web.Admin;

namespace Storefront.Web.Pages.Admin.Categories;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CategoryRow> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Categories = await mediator.Send(new ListCategoriesQuery(), cancellationToken);

    public Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken) =>
        SendAsync(new CreateCategoryCommand(name ?? string.Empty), "Category added.", cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(Guid categoryId, string? name, CancellationToken cancellationToken) =>
        SendAsync(new RenameCategoryCommand(categoryId, name ?? string.Empty), "Category renamed.", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid categoryId, int offset, CancellationToken cancellationToken) =>
        SendAsync(new MoveCategoryCommand(categoryId, offset), "Categories reordered.", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid categoryId, CancellationToken cancellationToken) =>
        SendAsync(new DeleteCategoryCommand(categoryId), "Category deleted.", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string notice, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && (await mediator.TrySendAsync(command, ModelState, string.Empty, cancellationToken)).Succeeded)
        {
            TempData["Notice"] = notice;
            return Redirect("/admin/categories");
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
