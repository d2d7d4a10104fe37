using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Admin.Products.ListProducts;
using Storefront.Application.Common;
using Storefront.Application.Guides;

namespace Storefront.Application.Admin.Products.GetProductEditor;

public sealed class GetProductEditorQueryHandler(IStorefrontDbContext db, HybridCache cache) : IQueryHandler<GetProductEditorQuery, ProductEditor?>
{
    public async ValueTask<ProductEditor?> Handle(GetProductEditorQuery query, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == query.ProductId, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var variantIds = product.Variants.Select(v => v.Id).ToList();
        var adjustments = await db.StockAdjustments.AsNoTracking()
            .Where(a => variantIds.Contains(a.VariantId))
            .OrderByDescending(a => a.At)
            .Take(10)
            .Select(a => new StockAdjustmentRow(a.Sku, a.Change, a.Reason, a.At))
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CategoryOption(c.Id, c.Name)).ToListAsync(cancellationToken);
        var guideLinks = await ProductGuideLinks.ForAsync(db, cache, product, cancellationToken);

        return new ProductEditor(
            product.Id,
            product.Version,
            product.Name,
            product.Slug.Value,
            product.CategoryId,
            product.Style,
            product.Compression,
            product.Uses,
            product.Description,
            product.Material,
            product.Care,
            product.Status,
            product.Variants.OrderBy(v => v.IsRetired).ThenBy(v => v.Colour).ThenBy(v => Domain.Catalog.SizeChart.Rank(v.Size))
                .Select(v => new VariantRow(v.Id, v.Sku, v.Size, v.Colour, v.ColourHex, v.Price.Amount, v.CompareAtPrice?.Amount, v.StockOnHand, v.Reserved, v.IsRetired, v.StockState))
                .ToList(),
            product.Images.OrderBy(i => i.Position).Select(i => new ImageRow(i.Id, i.Url, i.AltText, i.Colour, i.Position)).ToList(),
            adjustments,
            categories,
            guideLinks);
    }
}
