namespace Storefront.Application.Common;

/// <summary>Reads what a file really is from its bytes, whatever its name says.</summary>
public interface IImageInspector
{
    /// <summary>The picture's type and size, or null when the bytes are not a PNG, JPEG or WebP picture.</summary>
    ImageFacts? Inspect(byte[] content);

    /// <summary>
    /// The picture decoded and encoded again in its own format: only pixels survive, never bytes appended to the file
    /// (HTML, scripts) nor metadata (EXIF with a camera's location). Call it after <see cref="Inspect"/> accepted the file.
    /// </summary>
    byte[] Reencode(byte[] content);
}

public sealed record ImageFacts(string ContentType, int Width, int Height);
