using Storefront.Application.Admin.Products.ListProducts;
using Storefront.Application.Guides;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.GetProductEditor;

public sealed record ProductEditor(
    Guid Id,
    int Version,
    string Name,
    string Slug,
    Guid CategoryId,
    SockStyle Style,
    CompressionLevel Compression,
    SockUse Uses,
    string Description,
    string Material,
    string Care,
    ProductStatus Status,
    IReadOnlyList<VariantRow> Variants,
    IReadOnlyList<ImageRow> Images,
    IReadOnlyList<StockAdjustmentRow> RecentAdjustments,
    IReadOnlyList<CategoryOption> Categories,
    IReadOnlyList<GuideLink> GuideLinks)
{
    /// <summary>The colours a picture can be tagged with: those of the variants still sold.</summary>
    public IReadOnlyList<string> Colours =>
        Variants.Where(v => !v.IsRetired).Select(v => v.Colour).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}

public sealed record VariantRow(
    Guid Id,
    string Sku,
    string Size,
    string Colour,
    string ColourHex,
    decimal Price,
    decimal? CompareAtPrice,
    int StockOnHand,
    int Reserved,
    bool IsRetired,
    StockState StockState);

public sealed record ImageRow(Guid Id, string Url, string AltText, string? Colour, int Position);

public sealed record StockAdjustmentRow(string Sku, int Change, string Reason, DateTimeOffset At);
