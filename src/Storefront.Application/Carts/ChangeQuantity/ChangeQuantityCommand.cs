using Mediator;

namespace Storefront.Application.Carts.ChangeQuantity;

public sealed record ChangeQuantityCommand(Guid? CartId, Guid VariantId, int Quantity) : ICommand;
