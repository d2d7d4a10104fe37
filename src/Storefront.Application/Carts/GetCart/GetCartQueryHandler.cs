using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Application.Guides;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Pricing;
using Storefront.Domain.Shipping;

namespace Storefront.Application.Carts.GetCart;

public sealed class GetCartQueryHandler(IStorefrontDbContext db, ShippingPolicy shipping) : IQueryHandler<GetCartQuery, CartView>
{
    private const int MaxSuggestions = 3;

    public async ValueTask<CartView> Handle(GetCartQuery query, CancellationToken cancellationToken)
    {
        var cart = query.CartId is { } id
            ? await db.Carts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : null;
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
    private async Task<IReadOnlyList<GapSuggestion>> SuggestAsync(Money gap, List<Guid> productsInCart, CancellationToken cancellationToken)
    {
        var candidates = await db.Products.AsNoTracking()
            .Where(ForSale.Listed)
            .Where(p => !productsInCart.Contains(p.Id))
            .SelectMany(p => p.Variants.AsQueryable().Where(ForSale.InStock), (p, v) => new { Product = p, Variant = v })
            .Where(x => x.Variant.Price.Amount >= gap.Amount)
            .OrderBy(x => x.Variant.Price.Amount)
            .Select(x => new { x.Product.Id, x.Product.Name, Slug = x.Product.Slug, Price = x.Variant.Price.Amount })
            .Take(60)
            .ToListAsync(cancellationToken);
        var chosen = candidates.GroupBy(c => c.Id).Select(g => g.First()).Take(MaxSuggestions).ToList();
        var productIds = chosen.Select(c => c.Id).ToList();
        var details = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Image = p.Images.OrderBy(i => i.Position).Select(i => new { i.Url, i.AltText }).FirstOrDefault(),
                Variants = p.Variants
                    .Where(v => !v.IsRetired && v.StockOnHand - v.Reserved > 0 && v.Price.Amount >= gap.Amount)
                    .Select(v => new { v.Id, v.Colour, v.Size, Price = v.Price.Amount })
                    .ToList(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return chosen.Select(c => new GapSuggestion(
            c.Name, c.Slug.Value, c.Price,
            details[c.Id].Image?.Url ?? "/img/placeholder.svg",
            details[c.Id].Image?.AltText ?? c.Name,
            details[c.Id].Variants
                .OrderBy(v => v.Colour, StringComparer.OrdinalIgnoreCase).ThenBy(v => SizeChart.Rank(v.Size))
                .Select(v => new SizeOption(v.Id, $"{v.Colour} · {v.Size}", v.Price))
                .ToList())).ToList();
    }
}
