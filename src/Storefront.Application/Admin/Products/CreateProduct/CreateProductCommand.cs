using Mediator;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.CreateProduct;

/// <summary>Creates a product as a draft; it is published once it has a variant. Returns the new product's id.</summary>
public sealed record CreateProductCommand : ICommand<Guid>, IProductFields
{
    public string Name { get; init; } = string.Empty;

    public string Slug { get; init; } = string.Empty;

    public Guid CategoryId { get; init; }

    public SockStyle Style { get; init; }

    public CompressionLevel Compression { get; init; }

    public SockUse Uses { get; init; }

    public string? Description { get; init; }

    public string? Material { get; init; }

    public string? Care { get; init; }
}
