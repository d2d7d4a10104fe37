using Mediator;

namespace Storefront.Application.Carts.AddToCart;

/// <summary>Adds a variant to the shopper's cart, creating the cart on the first add. Only the variant and quantity come from the shopper.</summary>
public sealed record AddToCartCommand(Guid? CartId, Guid VariantId, int Quantity) : ICommand<AddToCartResult>;

public sealed record AddToCartResult(Guid CartId, string ProductName, int ItemCount);
