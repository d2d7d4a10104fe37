using Mediator;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.ListProducts;

public sealed record ListProductsQuery : IQuery<AdminProductList>
{
    public const int PageSize = 20;

    public string? Search { get; init; }

    public ProductStatus? Status { get; init; }

    public Guid? CategoryId { get; init; }

    /// <summary>name, newest, price or stock; anything else sorts by name.</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;
}
