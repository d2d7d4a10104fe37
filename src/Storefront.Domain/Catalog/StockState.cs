namespace Storefront.Domain.Catalog;

public enum StockState
{
    InStock,
    Low,
    SoldOut,
}
