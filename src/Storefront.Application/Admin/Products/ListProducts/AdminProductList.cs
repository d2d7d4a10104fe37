using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.ListProducts;

public sealed record AdminProductList(IReadOnlyList<AdminProductRow> Items, int TotalCount, int Page, int TotalPages, IReadOnlyList<CategoryOption> Categories);

public sealed record AdminProductRow(
    Guid Id,
    string Name,
    string Slug,
    ProductStatus Status,
    string Category,
    decimal FromPrice,
    int Variants,
    int Available,
    int LowVariants,
    int SoldOutVariants)
{
    public StockState StockState => SoldOutVariants == Variants ? StockState.SoldOut
        : SoldOutVariants > 0 || LowVariants > 0 ? StockState.Low
        : StockState.InStock;
}

public sealed record CategoryOption(Guid Id, string Name);
