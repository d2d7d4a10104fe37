using Mediator;

namespace Storefront.Application.Admin.Products.UploadProductImage;

/// <summary>Adds an uploaded picture to a product. <see cref="Length"/> is checked before <see cref="Content"/> is read.</summary>
public sealed record UploadProductImageCommand : ICommand
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MinPixels = 100;
    public const int MaxPixels = 6000;

    public Guid ProductId { get; init; }

    public int Version { get; init; }

    public long Length { get; init; }

    public Stream Content { get; init; } = Stream.Null;

    public string AltText { get; init; } = string.Empty;

    /// <summary>The variant colour the picture shows; empty when it shows every colour.</summary>
    public string? Colour { get; init; }
}
