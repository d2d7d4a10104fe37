using System.Globalization;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products.ImportProducts;

/// <summary>
/// Applies CSV rows to the tracked catalog in memory, row by row, collecting every problem instead of stopping at the first.
/// The caller saves only when no row had a problem.
/// </summary>
internal sealed class CatalogImport(List<Product> products, Dictionary<string, Guid> categories, DateTimeOffset now)
{
    public const string StockReason = "CSV import";

    private readonly Dictionary<string, int> _skuLines = new(StringComparer.OrdinalIgnoreCase);

    public List<ImportProblem> Problems { get; } = [];

    public List<Product> CreatedProducts { get; } = [];

    public List<StockAdjustment> Adjustments { get; } = [];

    public int ChangedProducts { get; private set; }

    public int VariantsCreated { get; private set; }

    public int VariantsChanged { get; private set; }

    /// <summary>Applies the rows of one product (same slug); the product fields are read from its first row.</summary>
    public void Apply(IReadOnlyList<ProductCsvRow> rows)
    {
        var first = rows[0];
        Product product;
        bool changed;
        try
        {
            (product, changed) = ApplyProduct(first);
        }
        catch (DomainException e)
        {
            Problems.Add(new ImportProblem(first.Line, e.Message));
            return;
        }

        var variantsChanged = false;
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Sku)))
        {
            try
            {
                variantsChanged |= ApplyVariant(product, row);
            }
            catch (DomainException e)
            {
                Problems.Add(new ImportProblem(row.Line, e.Message));
            }
        }

        try
        {
            changed |= product.ChangeStatus(Parse.Status(first.Status));
        }
        catch (DomainException e)
        {
            Problems.Add(new ImportProblem(first.Line, e.Message));
        }

        if ((changed || variantsChanged) && !CreatedProducts.Contains(product))
        {
            product.Revise(product.Version);
            ChangedProducts += changed ? 1 : 0;
        }
    }

    private (Product Product, bool Changed) ApplyProduct(ProductCsvRow row)
    {
        var slug = Slug.Parse(row.Slug.Trim());
        var categoryId = categories.TryGetValue(row.Category.Trim(), out var id)
            ? id
            : throw new DomainException($"There is no category \"{row.Category}\".");
        var style = CatalogLabels.ParseStyle(row.Style.Trim()) ?? throw new DomainException($"\"{row.Style}\" is not a style.");
        var compression = CatalogLabels.ParseCompression(row.Compression.Trim())
            ?? throw new DomainException($"\"{row.Compression}\" is not a compression level.");
        var uses = Parse.Uses(row.Uses);

        var product = products.FirstOrDefault(p => p.Slug == slug);
        if (product is null)
        {
            product = new Product(row.Name, slug, categoryId, style, compression, uses, now);
            product.Describe(row.Description, row.Material, row.Care);
            products.Add(product);
            CreatedProducts.Add(product);
            return (product, true);
        }

        var changed = product.Name != row.Name.Trim() || product.CategoryId != categoryId || product.Style != style
            || product.Compression != compression || product.Uses != uses || product.Description != row.Description.Trim()
            || product.Material != row.Material.Trim() || product.Care != row.Care.Trim();
        product.Rename(row.Name, slug);
        product.MoveToCategory(categoryId);
        product.Classify(style, compression, uses);
        product.Describe(row.Description, row.Material, row.Care);
        return (product, changed);
    }

    private bool ApplyVariant(Product product, ProductCsvRow row)
    {
        var sku = row.Sku.Trim().ToUpperInvariant();
        if (_skuLines.TryGetValue(sku, out var earlierLine))
        {
            throw new DomainException($"The SKU {sku} is also on line {earlierLine}.");
        }

        _skuLines[sku] = row.Line;
        if (products.Any(p => p != product && p.Variants.Any(v => v.Sku == sku)))
        {
            throw new DomainException($"The SKU {sku} belongs to another product.");
        }

        var price = Parse.Money(row.Price, "price") ?? throw new DomainException("Give a price.");
        var compareAt = Parse.Money(row.CompareAtPrice, "compare-at price");
        var stock = Parse.Stock(row.StockOnHand);
        var variant = product.Variants.FirstOrDefault(v => v.Sku == sku);
        if (variant is null)
        {
            product.AddVariant(sku, row.Size, row.Colour, row.ColourHex, price, compareAt, stock);
            VariantsCreated++;
            return true;
        }

        var changed = variant.Size != row.Size.Trim() || variant.Colour != row.Colour.Trim()
            || variant.ColourHex != row.ColourHex.Trim().ToLowerInvariant() || variant.Price != price || variant.CompareAtPrice != compareAt;
        product.ChangeVariant(variant.Id, sku, row.Size, row.Colour, row.ColourHex);
        product.RepriceVariant(variant.Id, price, compareAt);
        if (variant.StockOnHand != stock)
        {
            Adjustments.Add(product.AdjustStock(variant.Id, stock, StockReason, now));
            changed = true;
        }

        VariantsChanged += changed ? 1 : 0;
        return changed;
    }

    private static class Parse
    {
        public static ProductStatus Status(string text) =>
            Enum.TryParse<ProductStatus>(text.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status)
                ? status
                : throw new DomainException($"\"{text}\" is not a status; use draft, published or archived.");

        public static SockUse Uses(string text)
        {
            var uses = SockUse.None;
            foreach (var token in text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                uses |= CatalogLabels.ParseUse(token) ?? throw new DomainException($"\"{token}\" is not a use.");
            }

            return uses;
        }

        public static Money? Money(string text, string what) =>
            string.IsNullOrWhiteSpace(text) ? null
            : decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
                ? new Money(amount)
                : throw new DomainException($"\"{text}\" is not a {what} (write it like 24.00).");

        public static int Stock(string text) =>
            int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var stock)
                ? stock
                : throw new DomainException($"\"{text}\" is not a stock count.");
    }
}
