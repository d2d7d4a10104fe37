using Mediator;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.UpdateProduct;

/// <summary>Saves the product's fields and status; refused when someone saved the product after <see cref="Version"/>.</summary>
public sealed record UpdateProductCommand : ICommand, IProductFields
{
    public Guid ProductId { get; init; }

    public int Version { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Slug { get; init; } = string.Empty;

    public Guid CategoryId { get; init; }

    public SockStyle Style { get; init; }

    public CompressionLevel Compression { get; init; }

    public SockUse Uses { get; init; }

    public string? Description { get; init; }

    public string? Material { get; init; }

    public string? Care { get; init; }

    public ProductStatus Status { get; init; }
}
