using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

/// <summary>Bad input gets a readable form error, never a 500, and writes nothing: not the record, not an audit entry.</summary>
public sealed class RefusingBadInputTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Theory]
    [InlineData("", "Give the product a name.")]
    [InlineData("10000", "A product name can be at most 120 characters.")]
    public async Task A_product_without_a_usable_name_is_refused(string name, string error)
    {
        var admin = await factory.SignInAsync();
        var fields = await factory.ProductFieldsAsync(name == "10000" ? new string('x', 10_000) : name, "a-valid-slug");

        var errors = await NothingWrittenAsync(() => admin.PostFormAsync("/admin/products/new", "/admin/products/new", fields));

        Assert.Contains(error, errors);
    }

    [Fact]
    public async Task A_new_product_with_a_style_that_could_not_be_read_is_refused_not_created_with_a_default_style()
    {
        var admin = await factory.SignInAsync();
        var fields = await factory.ProductFieldsAsync("Mystery sock", "mystery-sock");
        fields["Input.Style"] = "Nonsense";

        var errors = await NothingWrittenAsync(() => admin.PostFormAsync("/admin/products/new", "/admin/products/new", fields));

        Assert.Contains(errors, e => e.Contains("Nonsense", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slug_another_product_uses_is_refused()
    {
        var admin = await factory.SignInAsync();
        var taken = await factory.WithDbAsync(db => db.Products.Select(p => p.Slug.Value).FirstAsync());

        var errors = await NothingWrittenAsync(async () =>
            await admin.PostFormAsync("/admin/products/new", "/admin/products/new", await factory.ProductFieldsAsync("Copycat", taken)));

        Assert.Contains($"Another product already uses the slug \"{taken}\".", errors);
    }

    [Theory]
    [InlineData("TAKEN", "24.00", "", "5", "is already used in the shop.")]
    [InlineData("NEG-PRICE-1", "-1.00", "", "5", "A price cannot be negative.")]
    [InlineData("NEG-STOCK-1", "24.00", "", "-3", "Stock cannot be negative.")]
    [InlineData("LOW-CMP-1", "24.00", "20.00", "5", "The compare-at price must be higher than the price (or left empty).")]
    [InlineData("NAN-PRICE-1", "twenty", "", "5", "The value 'twenty' is not valid for Price.")]
    [InlineData("HUGE-PRICE-1", "92233720368547758.07", "", "5", "A price can be at most 1000.00.")]
    [InlineData("HUGE-CMP-1", "24.00", "79228162514264337593543950335", "5", "A price can be at most 1000.00.")]
    [InlineData("HUGE-STOCK-1", "24.00", "", "2147483648", "The value '2147483648' is not valid for StockOnHand.")]
    [InlineData("MAX-PRICE-1", "25000.00", "", "5", "A price can be at most 1000.00.")]
    [InlineData("MAX-CMP-1", "24.00", "1000.01", "5", "A price can be at most 1000.00.")]
    [InlineData("MAX-STOCK-1", "24.00", "", "100001", "Stock can be at most 100000.")]
    public async Task A_variant_with_a_bad_sku_price_or_stock_is_refused(string sku, string price, string compareAt, string stock, string error)
    {
        var admin = await factory.SignInAsync();
        var productId = await factory.WithDbAsync(db => db.Products.Select(p => p.Id).FirstAsync());
        if (sku == "TAKEN")
        {
            sku = await factory.WithDbAsync(db => db.Products.Where(p => p.Id != productId).SelectMany(p => p.Variants).Select(v => v.Sku).FirstAsync());
        }

        var errors = await NothingWrittenAsync(() => admin.AddVariantAsync(productId, sku, price, compareAt, stock, size: "XXL"));

        Assert.Contains(errors, e => e.EndsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_program_renamed_to_png_is_refused_as_a_picture()
    {
        var admin = await factory.SignInAsync();
        var productId = await factory.WithDbAsync(db => db.Products.Select(p => p.Id).FirstAsync());
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0x00, .. new byte[4096]];

        var errors = await NothingWrittenAsync(() => UploadAsync(admin, productId, program, "socks.png", "image/png"));

        Assert.Contains("The file is not a PNG, JPEG or WebP picture (its content was checked, not its name).", errors);
    }

    [Fact]
    public async Task A_20_MB_upload_is_refused_as_too_large()
    {
        var admin = await factory.SignInAsync();
        var productId = await factory.WithDbAsync(db => db.Products.Select(p => p.Id).FirstAsync());

        var errors = await NothingWrittenAsync(() => UploadAsync(admin, productId, new byte[20 * 1024 * 1024], "huge.jpg", "image/jpeg"));

        Assert.Contains("A picture can be at most 2 MB.", errors);
    }

    [Fact]
    public async Task Script_in_text_fields_is_stored_as_typed_and_shown_escaped()
    {
        const string name = "<script>alert('x')</script> Sock";
        var admin = await factory.SignInAsync();
        var fields = await factory.ProductFieldsAsync(name, "script-sock");
        fields["Input.Description"] = "<script>alert('d')</script> **soft**";
        fields["Input.Material"] = "<img src=x onerror=alert(1)>";
        var created = await admin.PostFormAsync("/admin/products/new", "/admin/products/new", fields);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        await admin.AddVariantAsync(id, "SCRIPT-SOCK-M");
        fields["Input.Status"] = "Published";
        await admin.PostToProductAsync(id, "Save", fields);

        Assert.Equal(name, await factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        foreach (var url in new[] { "/admin/products?q=script", $"/admin/products/{id}", "/products/script-sock" })
        {
            var html = await (await (url.StartsWith("/admin", StringComparison.Ordinal) ? admin : factory.CreateClient()).GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.True(html.Contains("&lt;script&gt;", StringComparison.Ordinal), $"{url} does not show the script as text: {html[Math.Max(0, html.IndexOf("<tbody>", StringComparison.Ordinal))..][..600]}");
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, Guid productId, byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent
        {
            { file, "file", fileName },
            { new StringContent("Black socks"), "altText" },
            { new StringContent(await admin.VersionAsync(productId)), "version" },
        };
        return await admin.PostMultipartAsync($"/admin/products/{productId}", $"/admin/products/{productId}?handler=UploadImage", form);
    }

    [Theory]
    [InlineData("/admin/products?page=2147483647")]
    [InlineData("/admin/products?page=-5&status=Nonsense&category=not-a-guid")]
    [InlineData("/admin/orders?page=2147483647")]
    [InlineData("/admin/orders?from=2026-13-45&to=yesterday&status=Nonsense&flagged=maybe")]
    [InlineData("/admin/audit?page=2147483647")]
    public async Task A_list_page_with_a_nonsense_or_huge_query_value_still_shows_a_list(string url)
    {
        var admin = await factory.SignInAsync();

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<IReadOnlyList<string>> NothingWrittenAsync(Func<Task<HttpResponseMessage>> post)
    {
        var before = await CountsAsync();
        var response = await post();
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var errors = await response.ErrorsAsync();
        Assert.NotEmpty(errors);
        Assert.Equal(before, await CountsAsync());
        return errors;
    }

    private Task<(int Products, int Variants, int Images, int Audit, int Versions)> CountsAsync() =>
        factory.WithDbAsync(async db => (
            await db.Products.CountAsync(),
            await db.Products.SelectMany(p => p.Variants).CountAsync(),
            await db.StoredImages.CountAsync(),
            await db.AuditEntries.CountAsync(),
            await db.Products.SumAsync(p => p.Version)));
}
