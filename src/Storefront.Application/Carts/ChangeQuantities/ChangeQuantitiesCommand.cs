using Mediator;

namespace Storefront.Application.Carts.ChangeQuantities;

/// <summary>The quantities a shopper sees in the cart form, keyed by variant; all are saved together or none is.</summary>
public sealed record ChangeQuantitiesCommand(Guid? CartId, IReadOnlyDictionary<Guid, int> Quantities) : ICommand;
