using Mediator;

namespace Storefront.Application.Admin.Categories.CreateCategory;

/// <summary>Adds a category at the end of the list; its slug comes from its name.</summary>
public sealed record CreateCategoryCommand(string Name) : ICommand<Guid>;
