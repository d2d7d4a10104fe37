using Storefront.Domain.Common;

namespace Storefront.Domain.Catalog;

/// <summary>One size and colour of a product, with its own SKU, price and stock.</summary>
public sealed class ProductVariant
{
    public const int MaxSkuLength = 40;
    public const int LowStockThreshold = 5;
    public const int MaxColourLength = 40;

    /// <summary>No pair of socks costs more; a higher price is a typo (or an attack) that would reach Stripe.</summary>
    public const decimal MaxPrice = 1_000m;

    /// <summary>More than any warehouse holds of one size and colour; beyond it a count is a typo.</summary>
    public const int MaxStock = 100_000;

    private ProductVariant()
    {
        Sku = string.Empty;
        Size = string.Empty;
        Colour = string.Empty;
        ColourHex = string.Empty;
    }

    internal ProductVariant(Guid productId, string sku, string size, string colour, string colourHex, Money price, Money? compareAtPrice, int stockOnHand)
    {
        Id = Guid.CreateVersion7();
        ProductId = productId;
        Sku = ValidSku(sku);
        Size = Required(size, "size", 10);
        Colour = Required(colour, "colour", MaxColourLength);
        ColourHex = ValidHex(colourHex);
        Reprice(price, compareAtPrice);
        CheckStock(stockOnHand);
        StockOnHand = stockOnHand;
    }

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    public string Sku { get; private set; }

    public string Size { get; private set; }

    public string Colour { get; private set; }

    public string ColourHex { get; private set; }

    public Money Price { get; private set; }

    public Money? CompareAtPrice { get; private set; }

    /// <summary>Units on the shelf, including those held for checkouts in progress.</summary>
    public int StockOnHand { get; private set; }

    /// <summary>Units held for orders that have not been paid yet.</summary>
    public int Reserved { get; private set; }

    /// <summary>A retired variant stays for old orders but can no longer be bought.</summary>
    public bool IsRetired { get; private set; }

    public int Available => IsRetired ? 0 : StockOnHand - Reserved;

    public StockState StockState => StockStateFor(Available);

    public static StockState StockStateFor(int available) => available switch
    {
        <= 0 => StockState.SoldOut,
        <= LowStockThreshold => StockState.Low,
        _ => StockState.InStock,
    };

    internal void Reprice(Money price, Money? compareAtPrice)
    {
        if (price.Amount > MaxPrice || compareAtPrice?.Amount > MaxPrice)
        {
            throw new DomainException($"A price can be at most {MaxPrice:0.00}.");
        }

        if (compareAtPrice is { } compareAt && compareAt <= price)
        {
            throw new DomainException("The compare-at price must be higher than the price.");
        }

        Price = price;
        CompareAtPrice = compareAtPrice;
    }

    /// <summary>Sets the stock counted on the shelf. It may not fall below what open checkouts hold.</summary>
    internal void SetStock(int stockOnHand)
    {
        CheckStock(stockOnHand);

        if (stockOnHand < Reserved)
        {
            throw new DomainException($"{Reserved} units of {Sku} are held for checkouts; stock cannot go below that.");
        }

        StockOnHand = stockOnHand;
    }

    private static void CheckStock(int stockOnHand)
    {
        if (stockOnHand < 0)
        {
            throw new DomainException("Stock cannot be negative.");
        }

        if (stockOnHand > MaxStock)
        {
            throw new DomainException($"Stock can be at most {MaxStock}.");
        }
    }

    internal void Reserve(int quantity)
    {
        RequirePositive(quantity);
        if (quantity > Available)
        {
            throw new DomainException(Available <= 0 ? $"{Sku} is sold out." : $"Only {Available} of {Sku} left.");
        }

        Reserved += quantity;
    }

    internal void ReleaseReservation(int quantity)
    {
        RequirePositive(quantity);
        Reserved = Math.Max(0, Reserved - quantity);
    }

    /// <summary>A paid reservation leaves the shelf.</summary>
    internal void CompleteSale(int quantity)
    {
        RequirePositive(quantity);
        if (quantity > Reserved || quantity > StockOnHand)
        {
            throw new DomainException($"Cannot sell {quantity} of {Sku}: only {Reserved} are reserved.");
        }

        Reserved -= quantity;
        StockOnHand -= quantity;
    }

    internal void Retire() => IsRetired = true;

    internal void Describe(string sku, string size, string colour, string colourHex)
    {
        Sku = ValidSku(sku);
        Size = Required(size, "size", 10);
        Colour = Required(colour, "colour", MaxColourLength);
        ColourHex = ValidHex(colourHex);
    }

    private static void RequirePositive(int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("A quantity must be at least 1.");
        }
    }

    private static string ValidSku(string sku)
    {
        var trimmed = sku?.Trim().ToUpperInvariant() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxSkuLength && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? trimmed
            : throw new DomainException($"A SKU uses letters, digits and hyphens, 1 to {MaxSkuLength} characters.");
    }

    private static string ValidHex(string hex) =>
        hex is { Length: 7 } && hex[0] == '#' && hex[1..].All(char.IsAsciiHexDigit)
            ? hex.ToLowerInvariant()
            : throw new DomainException("A colour swatch is a hex colour such as #1a2b3c.");

    private static string Required(string value, string what, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"A variant's {what} needs 1 to {maxLength} characters.");
    }
}
