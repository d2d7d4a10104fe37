namespace Storefront.Application.Common;

/// <summary>Keeps uploaded pictures and hands back the site path they are served at.</summary>
public interface IImageStore
{
    /// <summary>Stores the picture; it becomes durable with the caller's next SaveChanges.</summary>
    Task<string> AddAsync(byte[] content, string contentType, CancellationToken cancellationToken);

    Task<StoredImageFile?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Forgets the picture behind a site path; paths it did not store are ignored.</summary>
    Task RemoveAsync(string url, CancellationToken cancellationToken);
}

public sealed record StoredImageFile(byte[] Content, string ContentType);
