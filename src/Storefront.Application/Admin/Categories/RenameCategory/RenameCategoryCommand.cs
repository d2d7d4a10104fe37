using Mediator;

namespace Storefront.Application.Admin.Categories.RenameCategory;

/// <summary>Renames a category; its slug (and so its shop URL) follows the new name.</summary>
public sealed record RenameCategoryCommand(Guid CategoryId, string Name) : ICommand;
