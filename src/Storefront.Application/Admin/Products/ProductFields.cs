using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products;

/// <summary>What an admin writes about a product, shared by creating and editing it.</summary>
public abstract record ProductFields
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
