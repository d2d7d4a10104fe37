using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products;

/// <summary>What an admin writes about a product, shared by creating and editing it.</summary>
public interface IProductFields
{
    string Name { get; }

    string Slug { get; }

    Guid CategoryId { get; }

    SockStyle Style { get; }

    CompressionLevel Compression { get; }

    SockUse Uses { get; }

    string? Description { get; }

    string? Material { get; }

    string? Care { get; }
}
