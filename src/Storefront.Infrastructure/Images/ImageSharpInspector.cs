using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using Storefront.Application.Common;

namespace Storefront.Infrastructure.Images;

/// <summary>
/// Trusts only the bytes: the format must be PNG, JPEG or WebP by its signature, and ImageSharp must be able to read
/// the header's dimensions (a truncated or forged file is refused).
/// </summary>
internal sealed class ImageSharpInspector : IImageInspector
{
    public ImageFacts? Inspect(byte[] content)
    {
        var contentType = Sniff(content);
        if (contentType is null)
        {
            return null;
        }

        try
        {
            var info = Image.Identify(content, out var format);
            return info is null || !IsAllowed(format) ? null : new ImageFacts(contentType, info.Width, info.Height);
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return null;
        }
    }

    public byte[] Reencode(byte[] content)
    {
        using var image = Image.Load(content, out var format);
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        using var output = new MemoryStream();
        image.Save(output, format switch
        {
            PngFormat => new PngEncoder(),
            JpegFormat => new JpegEncoder { Quality = 90 },
            WebpFormat => new WebpEncoder(),
            _ => throw new NotSupportedException($"{format.Name} pictures are not taken."),
        });
        return output.ToArray();
    }

    private static bool IsAllowed(SixLabors.ImageSharp.Formats.IImageFormat? format) =>
        format is PngFormat or JpegFormat or WebpFormat;

    private static string? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };
}
