using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Categories.ListCategories;

public sealed class ListCategoriesQueryHandler(IStorefrontDbContext db) : IQueryHandler<ListCategoriesQuery, IReadOnlyList<CategoryRow>>
{
    public async ValueTask<IReadOnlyList<CategoryRow>> Handle(ListCategoriesQuery query, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Name, c.Slug.Value, c.SortOrder, db.Products.Count(p => p.CategoryId == c.Id)))
            .ToListAsync(cancellationToken);
}
