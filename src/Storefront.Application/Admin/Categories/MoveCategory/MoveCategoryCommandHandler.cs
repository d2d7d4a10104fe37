using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Categories.MoveCategory;

public sealed class MoveCategoryCommandHandler(IStorefrontDbContext db) : ICommandHandler<MoveCategoryCommand>
{
    public async ValueTask<Unit> Handle(MoveCategoryCommand command, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var index = categories.FindIndex(c => c.Id == command.CategoryId);
        var target = index + Math.Sign(command.Offset);
        if (index >= 0 && target >= 0 && target < categories.Count)
        {
            (categories[index], categories[target]) = (categories[target], categories[index]);
        }

        for (var i = 0; i < categories.Count; i++)
        {
            categories[i].MoveTo(i + 1);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
