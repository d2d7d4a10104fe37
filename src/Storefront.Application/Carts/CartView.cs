namespace Storefront.Application.Carts;

/// <summary>The cart page: lines priced now, totals from the shipping rule, what changed, and socks that would close the gap.</summary>
public sealed record CartView
{
    public static CartView Empty(FreeShippingProgress shipping) => new() { Shipping = shipping };

    public IReadOnlyList<CartLineView> Lines { get; init; } = [];

    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Something changed since the shopper last looked; checkout waits until they have reviewed it.</summary>
    public bool HasChangesToReview { get; init; }

    public int ItemCount { get; init; }

    public decimal Subtotal { get; init; }

    public decimal Total { get; init; }

    public required FreeShippingProgress Shipping { get; init; }

    public IReadOnlyList<GapSuggestion> Suggestions { get; init; } = [];

    public bool IsEmpty => Lines.Count == 0;
}

public sealed record CartLineView(
    Guid VariantId,
    string ProductName,
    string ProductSlug,
    string VariantName,
    string Sku,
    string ImageUrl,
    decimal UnitPrice,
    int Quantity,
    decimal LineTotal,
    int MaxQuantity,
    string? Notice);

/// <summary>The shipping line and the progress bar, as the shipping rule decides them.</summary>
public sealed record FreeShippingProgress(decimal Shipping, bool IsFree, decimal AmountAway, decimal FreeThreshold, int ProgressPercent);

/// <summary>An in-stock sock whose price would close the gap to free shipping.</summary>
/// <summary>A sock that closes the free-shipping gap, with every colour and size of it that does, for the shopper to choose.</summary>
public sealed record GapSuggestion(string ProductName, string ProductSlug, decimal Price, string ImageUrl, string ImageAlt, IReadOnlyList<Guides.SizeOption> Options);
