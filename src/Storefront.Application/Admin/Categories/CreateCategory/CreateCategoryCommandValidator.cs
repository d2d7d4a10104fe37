using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Categories.CreateCategory;

public sealed class CreateCategoryCommandValidator : AbstractValidator<CreateCategoryCommand>
{
    public CreateCategoryCommandValidator(IStorefrontDbContext db)
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop).IsCategoryName()
            .MustAsync(async (name, ct) => !await db.Categories.AnyAsync(c => c.Slug == CategoryNameValidation.SlugOf(name), ct))
            .WithMessage("A category with that name already exists.");
    }
}
