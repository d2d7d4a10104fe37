using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Categories.RenameCategory;

public sealed class RenameCategoryCommandValidator : AbstractValidator<RenameCategoryCommand>
{
    public RenameCategoryCommandValidator(IStorefrontDbContext db)
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop).IsCategoryName()
            .MustAsync(async (command, name, ct) =>
                !await db.Categories.AnyAsync(c => c.Slug == CategoryNameValidation.SlugOf(name) && c.Id != command.CategoryId, ct))
            .WithMessage("A category with that name already exists.");
    }
}
