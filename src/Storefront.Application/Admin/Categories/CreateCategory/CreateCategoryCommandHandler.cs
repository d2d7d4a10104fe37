using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Categories.CreateCategory;

public sealed class CreateCategoryCommandHandler(IStorefrontDbContext db) : ICommandHandler<CreateCategoryCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateCategoryCommand command, CancellationToken cancellationToken)
    {
        var last = await db.Categories.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        var category = new Category(command.Name, CategoryNameValidation.SlugOf(command.Name), last + 1);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }
}
