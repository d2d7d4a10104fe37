using Mediator;

namespace Storefront.Application.Carts.GetCart;

/// <summary>The cart behind the shopper's cookie, priced from the catalog now. An unknown or missing id is an empty cart.</summary>
public sealed record GetCartQuery(Guid? CartId) : IQuery<CartView>;
