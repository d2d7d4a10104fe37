using Mediator;

namespace Storefront.Application.Admin.Categories.ListCategories;

public sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryRow>>;

public sealed record CategoryRow(Guid Id, string Name, string Slug, int SortOrder, int Products);
