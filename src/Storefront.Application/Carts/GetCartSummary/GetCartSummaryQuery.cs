using Mediator;

namespace Storefront.Application.Carts.GetCartSummary;

/// <summary>How many items the cart holds, for the header on every page.</summary>
public sealed record GetCartSummaryQuery(Guid? CartId) : IQuery<CartSummary>;

public sealed record CartSummary(int ItemCount);
