using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Categories.RenameCategory;

public sealed class RenameCategoryCommandHandler(IStorefrontDbContext db) : ICommandHandler<RenameCategoryCommand>
{
    public async ValueTask<Unit> Handle(RenameCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == command.CategoryId, cancellationToken)
            ?? throw new DomainException("That category no longer exists.");
        category.Rename(command.Name, CategoryNameValidation.SlugOf(command.Name));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
