using Storefront.Domain.Common;

namespace Storefront.Domain.Carts;

/// <summary>
/// A shopper's cart, kept in the database under a random id held in a cookie. Holds variants and quantities only:
/// prices are always read from the catalog, the cart remembers just the price the shopper last saw.
/// </summary>
public sealed class Cart
{
    public const int MaxQuantityPerLine = 10;
    public const int MaxLines = 50;

    /// <summary>A cart untouched this long is deleted; its cookie expires at the same age.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromDays(60);

    private readonly List<CartLine> _lines = [];

    private Cart()
    {
    }

    public Cart(DateTimeOffset now)
    {
        // A v4 GUID: 122 random bits, so a cart id cannot be guessed from another.
        Id = Guid.NewGuid();
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CartLine> Lines => _lines;

    public int ItemCount => _lines.Sum(l => l.Quantity);

    public bool IsEmpty => _lines.Count == 0;

    /// <summary>Adds a variant; the same variant again merges into its line. <paramref name="available"/> is the stock that can still be sold.</summary>
    public CartLine Add(Guid variantId, int quantity, decimal unitPrice, int available, DateTimeOffset now)
    {
        CartLine.Valid(quantity);
        var line = _lines.FirstOrDefault(l => l.VariantId == variantId);
        var wanted = (line?.Quantity ?? 0) + quantity;
        if (wanted > MaxQuantityPerLine)
        {
            throw new DomainException($"You can have at most {MaxQuantityPerLine} of one sock in your cart; you already have {line?.Quantity ?? 0}.");
        }

        EnsureInStock(wanted, available);
        if (line is null)
        {
            if (_lines.Count >= MaxLines)
            {
                throw new DomainException($"A cart holds at most {MaxLines} different socks.");
            }

            line = new CartLine(Id, variantId, quantity, CartLine.ValidPrice(unitPrice));
            _lines.Add(line);
        }
        else
        {
            line.Quantity = wanted;
            line.SeenUnitPrice = CartLine.ValidPrice(unitPrice);
        }

        UpdatedAt = now;
        return line;
    }

    public void ChangeQuantity(Guid variantId, int quantity, int available, DateTimeOffset now)
    {
        var line = Line(variantId);
        CartLine.Valid(quantity);
        EnsureInStock(quantity, available);
        line.Quantity = quantity;
        UpdatedAt = now;
    }

    public void Remove(Guid variantId, DateTimeOffset now)
    {
        _lines.RemoveAll(l => l.VariantId == variantId);
        UpdatedAt = now;
    }

    /// <summary>The shopper has seen the catalog's current state: take its price, cut the quantity to what is left, drop what cannot be bought.</summary>
    public void Review(Guid variantId, decimal currentUnitPrice, int available, bool canBeBought, DateTimeOffset now)
    {
        var line = Line(variantId);
        if (!canBeBought || available <= 0)
        {
            _lines.Remove(line);
        }
        else
        {
            line.SeenUnitPrice = CartLine.ValidPrice(currentUnitPrice);
            line.Quantity = Math.Min(line.Quantity, Math.Min(available, MaxQuantityPerLine));
        }

        UpdatedAt = now;
    }

    public void Clear(DateTimeOffset now)
    {
        _lines.Clear();
        UpdatedAt = now;
    }

    private CartLine Line(Guid variantId) =>
        _lines.FirstOrDefault(l => l.VariantId == variantId) ?? throw new DomainException("That sock is no longer in your cart.");

    private static void EnsureInStock(int quantity, int available)
    {
        if (quantity > available)
        {
            throw new DomainException(available <= 0 ? "Sorry, that sock is sold out." : $"Only {available} left in stock.");
        }
    }
}
