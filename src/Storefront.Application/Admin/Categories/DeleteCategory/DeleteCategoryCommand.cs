using Mediator;

namespace Storefront.Application.Admin.Categories.DeleteCategory;

/// <summary>Deletes a category that holds no products (archived ones included).</summary>
public sealed record DeleteCategoryCommand(Guid CategoryId) : ICommand;
