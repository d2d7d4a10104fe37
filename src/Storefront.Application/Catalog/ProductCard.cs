using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog;

/// <summary>What a catalog tile shows of a product.</summary>
public sealed record ProductCard
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public required decimal FromPrice { get; init; }

    public required SockStyle Style { get; init; }

    public required CompressionLevel Compression { get; init; }

    public required string ImageUrl { get; init; }

    public required string ImageAlt { get; init; }

    public required bool InStock { get; init; }
}
