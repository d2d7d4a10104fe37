using Mediator;

namespace Storefront.Application.Admin.Categories.MoveCategory;

/// <summary>Moves a category one place up (-1) or down (+1) in the shop's menu.</summary>
public sealed record MoveCategoryCommand(Guid CategoryId, int Offset) : ICommand;
