using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class UploadedPictureTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private const string Appended = "<html><script>alert(document.cookie)</script></html>";
    private const string Secret = "Jo Runner, 45.5231 N 122.6765 W";

    [Fact]
    public async Task An_uploaded_picture_is_stored_re_encoded_without_its_metadata_or_appended_bytes()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Camera Sock", "camera-sock");
        var upload = Jpeg(320, 240);
        Assert.Contains(Secret, Encoding.Latin1.GetString(upload), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, id, upload)).StatusCode);

        var url = await factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).SelectMany(p => p.Images).Select(i => i.Url).SingleAsync());
        var served = await (await factory.CreateClient().GetAsync(url)).Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(served);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        using var image = Image.Load(served, out var format);
        Assert.Equal(("JPEG", 320, 240), (format.Name, image.Width, image.Height));
        Assert.Null(image.Metadata.ExifProfile);
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 30, 60));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Artist, Secret);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return [.. stream.ToArray(), .. Encoding.ASCII.GetBytes(Appended)];
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, Guid productId, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var form = new MultipartFormDataContent
        {
            { file, "file", "camera.jpg" },
            { new StringContent("Worn on a run"), "altText" },
            { new StringContent(await admin.VersionAsync(productId)), "version" },
        };
        return await admin.PostMultipartAsync($"/admin/products/{productId}", $"/admin/products/{productId}?handler=UploadImage", form);
    }
}
