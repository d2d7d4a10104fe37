using Mediator;

namespace Storefront.Application.Carts.RemoveLine;

public sealed record RemoveLineCommand(Guid? CartId, Guid VariantId) : ICommand;
