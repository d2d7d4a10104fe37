using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Infrastructure.Images;

/// <summary>The default <see cref="IImageStore"/>: pictures live in the shop's database and are served at /media/{id}.</summary>
internal sealed class DatabaseImageStore(StorefrontDbContext db, IClock clock) : IImageStore
{
    public const string PathPrefix = "/media/";

    public Task<string> AddAsync(byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var image = new StoredImage(content, contentType, clock.UtcNow);
        db.StoredImages.Add(image);
        return Task.FromResult($"{PathPrefix}{image.Id:N}");
    }

    public async Task<StoredImageFile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.StoredImages.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new StoredImageFile(i.Content, i.ContentType))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task RemoveAsync(string url, CancellationToken cancellationToken)
    {
        if (url.StartsWith(PathPrefix, StringComparison.Ordinal) && Guid.TryParse(url[PathPrefix.Length..], out var id)
            && await db.StoredImages.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } image)
        {
            db.StoredImages.Remove(image);
        }
    }
}
