using Storefront.Domain.Common;
using Storefront.Domain.Pricing;

namespace Storefront.Application.Carts;

/// <summary>The cart page: lines priced now, totals from the shipping rule, what changed, and socks that would close the gap.</summary>
public sealed record CartView
{
    public static CartView Empty(PriceBreakdown prices) => new() { Prices = prices };

    public IReadOnlyList<CartLineView> Lines { get; init; } = [];

    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Something changed since the shopper last looked; checkout waits until they have reviewed it.</summary>
    public bool HasChangesToReview { get; init; }

    public int ItemCount { get; init; }

    /// <summary>Subtotal, shipping by the shipping rule (with how far the cart is from free shipping) and total.</summary>
    public required PriceBreakdown Prices { get; init; }

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
    Money UnitPrice,
    int Quantity,
    Money LineTotal,
    int MaxQuantity,
    string? Notice);

/// <summary>An in-stock sock whose price would close the gap to free shipping.</summary>
/// <summary>A sock that closes the free-shipping gap, with every colour and size of it that does, for the shopper to choose.</summary>
public sealed record GapSuggestion(string ProductName, string ProductSlug, decimal Price, string ImageUrl, string ImageAlt, IReadOnlyList<Guides.SizeOption> Options);
