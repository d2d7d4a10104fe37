using Mediator;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.UpdateProduct;

/// <summary>Saves the product's fields and status; refused when someone saved the product after <see cref="Version"/>.</summary>
public sealed record UpdateProductCommand : ProductFields, ICommand
{
    public Guid ProductId { get; init; }

    public int Version { get; init; }

    public ProductStatus Status { get; init; }
}
