using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Application.Guides;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Pricing;
using Storefront.Domain.Shipping;

namespace Storefront.Application.Carts.GetCart;

public sealed class GetCartQueryHandler(IStorefrontDbContext db, HybridCache cache, ShippingPolicy shipping) : IQueryHandler<GetCartQuery, CartView>
{
    private const int MaxSuggestions = 3;

    public async ValueTask<CartView> Handle(GetCartQuery query, CancellationToken cancellationToken)
    {
        var cart = await CartStore.ReadAsync(db, query.CartId, cancellationToken);
        if (cart is null || cart.IsEmpty)
        {
            return CartView.Empty(PriceBreakdown.Of([], shipping));
        }

        var catalog = await CatalogStock.LoadAsync(db, cart.Lines.Select(l => l.VariantId).ToList(), tracked: false, cancellationToken);
        var priced = PricedCart.Price(cart, catalog, shipping);
        var quote = priced.Prices.Quote;
        return new CartView
        {
            Lines = priced.Lines.Select(ToView).ToList(),
            Notices = priced.Notices,
            HasChangesToReview = priced.HasChangesToReview,
            ItemCount = cart.ItemCount,
            Prices = priced.Prices,
            Suggestions = quote.IsFree ? [] : await SuggestAsync(quote.AmountAwayFromFree, catalog.Values.Select(s => s.Product.Id).Distinct().ToList(), cancellationToken),
        };
    }

    private static CartLineView ToView(PricedLine line)
    {
        var stocked = line.Stocked;
        return new CartLineView(
            line.Line.VariantId,
            stocked?.Product.Name ?? "No longer available",
            stocked?.Product.Slug.Value ?? string.Empty,
            stocked?.VariantName ?? string.Empty,
            stocked?.Variant.Sku ?? string.Empty,
            stocked?.ImageUrl ?? "/img/placeholder.svg",
            line.UnitPrice,
            line.Line.Quantity,
            new PriceLine(line.UnitPrice, line.Line.Quantity).Total,
            Math.Max(1, Math.Min(Domain.Carts.Cart.MaxQuantityPerLine, stocked?.Available ?? 1)),
            line.Notice);
    }

    /// <summary>Products not yet in the cart with an in-stock sock that alone closes the gap, cheapest first, with each such sock.</summary>
    private async Task<IReadOnlyList<GapSuggestion>> SuggestAsync(Money gap, List<Guid> productsInCart, CancellationToken cancellationToken) =>
        (await BuyableSocks.AllAsync(db, cache, cancellationToken))
            .Where(sock => !productsInCart.Contains(sock.ProductId))
            .Select(sock => (Sock: sock, Closing: sock.Sizes.Where(size => size.Price >= gap.Amount).ToList()))
            .Where(offer => offer.Closing.Count > 0)
            .OrderBy(offer => offer.Closing.Min(size => size.Price))
            .ThenBy(offer => offer.Sock.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(offer => new GapSuggestion(
                offer.Sock.Name,
                offer.Sock.Slug,
                offer.Closing.Min(size => size.Price),
                offer.Sock.ImageUrl,
                offer.Sock.ImageAlt,
                offer.Closing.Select(size => new SizeOption(size.VariantId, $"{size.Colour} · {size.Size}", size.Price)).ToList()))
            .ToList();
}
