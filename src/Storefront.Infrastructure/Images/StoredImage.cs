namespace Storefront.Infrastructure.Images;

/// <summary>An uploaded picture's bytes, kept in the database so every app instance serves the same pictures.</summary>
public sealed class StoredImage
{
    private StoredImage()
    {
        ContentType = string.Empty;
        Content = [];
    }

    public StoredImage(byte[] content, string contentType, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Content = content;
        ContentType = contentType;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
