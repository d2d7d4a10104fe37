using Mediator;

namespace Storefront.Application.Carts.PurgeIdleCarts;

/// <summary>Deletes carts nobody has touched for <see cref="Domain.Carts.Cart.IdleLifetime"/>, with their lines; answers how many.</summary>
public sealed record PurgeIdleCartsCommand : ICommand<int>;
