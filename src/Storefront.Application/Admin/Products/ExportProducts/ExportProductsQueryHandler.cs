using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.ExportProducts;

public sealed class ExportProductsQueryHandler(IStorefrontDbContext db, IProductCsv csv) : IQueryHandler<ExportProductsQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportProductsQuery query, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug.Value, cancellationToken);
        var products = await db.Products.AsNoTracking().Include(p => p.Variants).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return csv.Write(products.SelectMany(p => Rows(p, categories[p.CategoryId])));
    }

    private static IEnumerable<ProductCsvRow> Rows(Product product, string category)
    {
        var productRow = new ProductCsvRow
        {
            Slug = product.Slug.Value,
            Name = product.Name,
            Category = category,
            Status = product.Status.ToString().ToLowerInvariant(),
            Style = product.Style.Token(),
            Compression = product.Compression.Token(),
            Uses = string.Join('|', CatalogLabels.Split(product.Uses).Select(u => u.Token())),
            Material = product.Material,
            Care = product.Care,
            Description = product.Description,
        };
        var variants = product.Variants.Where(v => !v.IsRetired).OrderBy(v => v.Colour).ThenBy(v => SizeChart.Rank(v.Size)).ToList();
        if (variants.Count == 0)
        {
            yield return productRow;
            yield break;
        }

        foreach (var variant in variants)
        {
            yield return productRow with
            {
                Sku = variant.Sku,
                Size = variant.Size,
                Colour = variant.Colour,
                ColourHex = variant.ColourHex,
                Price = variant.Price.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                CompareAtPrice = variant.CompareAtPrice?.Amount.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty,
                StockOnHand = variant.StockOnHand.ToString(CultureInfo.InvariantCulture),
            };
        }
    }
}
