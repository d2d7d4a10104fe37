using Mediator;

namespace Storefront.Application.Carts.ReviewCartChanges;

/// <summary>The shopper has read the notices: the cart takes the catalog's prices and stock as they are now.</summary>
public sealed record ReviewCartChangesCommand(Guid? CartId) : ICommand;
