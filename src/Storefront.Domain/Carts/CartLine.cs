using Storefront.Domain.Common;

namespace Storefront.Domain.Carts;

/// <summary>A variant in a cart, with the unit price the shopper last saw for it.</summary>
public sealed class CartLine
{
    private CartLine()
    {
    }

    internal CartLine(Guid cartId, Guid variantId, int quantity, decimal seenUnitPrice)
    {
        Id = Guid.CreateVersion7();
        CartId = cartId;
        VariantId = variantId;
        Quantity = quantity;
        SeenUnitPrice = seenUnitPrice;
    }

    public Guid Id { get; private set; }

    public Guid CartId { get; private set; }

    public Guid VariantId { get; private set; }

    public int Quantity { get; internal set; }

    /// <summary>The price shown when the line was added or last reviewed; a different catalog price is a change to show.</summary>
    public decimal SeenUnitPrice { get; internal set; }

    internal static int Valid(int quantity) =>
        quantity is >= 1 and <= Cart.MaxQuantityPerLine
            ? quantity
            : throw new DomainException($"Choose a quantity from 1 to {Cart.MaxQuantityPerLine}.");

    internal static decimal ValidPrice(decimal price) => new Money(price).Amount;
}
