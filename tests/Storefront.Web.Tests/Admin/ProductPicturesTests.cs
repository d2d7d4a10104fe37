using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

public sealed class ProductPicturesTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task An_uploaded_picture_is_served_from_the_database_with_long_cache_headers_and_can_be_reordered()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Picture Sock", "picture-sock");

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, id, Png(320, 240), "Front view")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, id, Png(400, 400), "Side view")).StatusCode);
        var images = await ImagesAsync(id);
        Assert.Equal(["Front view", "Side view"], images.Select(i => i.AltText));

        var served = await factory.CreateClient().GetAsync(images[0].Url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", served.Headers.CacheControl!.ToString());

        await admin.PostToProductAsync(id, "ArrangeImage", new() { ["imageId"] = images[1].Id.ToString(), ["arrangement"] = "MoveEarlier" });
        Assert.Equal(["Side view", "Front view"], (await ImagesAsync(id)).Select(i => i.AltText));

        await admin.PostToProductAsync(id, "ArrangeImage", new() { ["imageId"] = images[0].Id.ToString(), ["arrangement"] = "Remove" });
        Assert.Equal(["Side view"], (await ImagesAsync(id)).Select(i => i.AltText));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(images[0].Url)).StatusCode);
    }

    [Fact]
    public async Task A_picture_without_alt_text_or_too_small_to_show_is_refused()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Alt Text Sock", "alt-text-sock");

        var noAlt = await (await UploadAsync(admin, id, Png(320, 240), " ")).ErrorsAsync();
        var tiny = await (await UploadAsync(admin, id, Png(10, 10), "A dot")).ErrorsAsync();

        Assert.Contains("Describe the picture in alt text of 1 to 200 characters.", noAlt);
        Assert.Contains("A picture must be 100 to 6000 pixels on each side; this one is 10×10.", tiny);
        Assert.Empty(await ImagesAsync(id));
    }

    [Fact]
    public async Task A_picture_tagged_with_a_colour_is_the_one_the_product_page_shows_for_that_colour()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Colour Picture Sock", "colour-picture-sock");
        await admin.AddVariantAsync(id, "CPS-BLK-M");
        await admin.AddVariantAsync(id, "CPS-NVY-M", colour: "Navy");
        var editor = await admin.GetDocumentAsync($"/admin/products/{id}");
        Assert.Equal(["", "Black", "Navy"], editor.QuerySelectorAll("#image-colour option").Select(o => o.GetAttribute("value")));

        await UploadAsync(admin, id, Png(320, 240), "The sock from the front");
        await UploadAsync(admin, id, Png(300, 300), "The sock on a runner", colour: "Navy");
        await admin.PublishAsync(factory, id, "Colour Picture Sock", "colour-picture-sock");
        var images = await ImagesAsync(id);
        Assert.Equal([null, "Navy"], images.Select(i => i.Colour));

        var shopper = factory.CreateClient();
        var navy = await shopper.GetDocumentAsync("/products/colour-picture-sock?colour=Navy");
        var black = await shopper.GetDocumentAsync("/products/colour-picture-sock?colour=Black");
        Assert.Equal(images[1].Url, navy.QuerySelector(".gallery-main")?.GetAttribute("src"));
        Assert.Equal(images[0].Url, black.QuerySelector(".gallery-main")?.GetAttribute("src"));
    }

    private Task<List<(Guid Id, string Url, string AltText, string? Colour)>> ImagesAsync(Guid productId) =>
        factory.WithDbAsync(async db => (await db.Products.Where(p => p.Id == productId).SelectMany(p => p.Images).ToListAsync())
            .OrderBy(i => i.Position).Select(i => (i.Id, i.Url, i.AltText, i.Colour)).ToList());

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(23, 66, 95));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, Guid productId, byte[] bytes, string altText, string colour = "")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent
        {
            { file, "file", "upload.bin" },
            { new StringContent(altText), "altText" },
            { new StringContent(colour), "colour" },
            { new StringContent(await admin.VersionAsync(productId)), "version" },
        };
        return await admin.PostMultipartAsync($"/admin/products/{productId}", $"/admin/products/{productId}?handler=UploadImage", form);
    }
}
