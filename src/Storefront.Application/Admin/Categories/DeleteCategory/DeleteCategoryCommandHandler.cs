using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Categories.DeleteCategory;

public sealed class DeleteCategoryCommandHandler(IStorefrontDbContext db) : ICommandHandler<DeleteCategoryCommand>
{
    public async ValueTask<Unit> Handle(DeleteCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == command.CategoryId, cancellationToken)
            ?? throw new DomainException("That category no longer exists.");
        var products = await db.Products.CountAsync(p => p.CategoryId == category.Id, cancellationToken);
        if (products > 0)
        {
            throw new DomainException($"{category.Name} still holds {products} product(s); move or delete them first.");
        }

        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
