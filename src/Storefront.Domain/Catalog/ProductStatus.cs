namespace Storefront.Domain.Catalog;

public enum ProductStatus
{
    Draft,
    Published,
    Archived,
}
