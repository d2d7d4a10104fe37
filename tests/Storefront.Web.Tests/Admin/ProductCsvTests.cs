using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Admin.Products;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

public sealed class ProductCsvTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Importing_the_export_unchanged_changes_nothing()
    {
        var admin = await factory.SignInAsync();
        var export = await ExportAsync(admin);
        var before = await SnapshotAsync();

        var report = await ImportAsync(admin, export);

        Assert.Contains("The file matches the catalog: nothing changed.", report.QuerySelector(".import-report")!.TextContent);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_import_with_bad_rows_applies_nothing_and_reports_every_bad_row()
    {
        var admin = await factory.SignInAsync();
        var rows = Csv.Read(new MemoryStream(await ExportAsync(admin))).Rows.ToList();
        var before = await SnapshotAsync();
        rows[0] = rows[0] with { Price = "99.00" };
        rows[1] = rows[1] with { StockOnHand = "-4" };
        rows[2] = rows[2] with { CompareAtPrice = "1.00" };
        rows[3] = rows[3] with { Sku = rows[4].Sku };
        rows.Add(rows[5] with { Slug = "brand-new-sock", Style = "sandal", Sku = "NEW-SOCK-1" });

        var report = await ImportAsync(admin, Csv.Write(rows));

        var problems = report.QuerySelectorAll(".import-problems tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains("Stock cannot be negative."));
        Assert.Contains(problems, p => p.Contains("The compare-at price must be higher than the price."));
        // The row given another row's SKU is reported twice: it clashes with that variant's size and colour, and the SKU repeats.
        Assert.Contains(problems, p => p.Contains("This product already has a"));
        Assert.Contains(problems, p => p.Contains($"The SKU {rows[4].Sku} is also on line"));
        Assert.Contains(problems, p => p.Contains("\"sandal\" is not a style."));
        Assert.True(problems.Count == 5, string.Join("\n", problems));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_import_of_good_rows_creates_and_changes_products_and_variants_in_one_go()
    {
        var admin = await factory.SignInAsync();
        var rows = Csv.Read(new MemoryStream(await ExportAsync(admin))).Rows.ToList();
        var changed = rows[0] with { Price = "41.00", CompareAtPrice = "" };
        var created = rows[0] with { Slug = "imported-sock", Name = "Imported Sock", Sku = "IMPORTED-1", Status = "draft" };

        var report = await ImportAsync(admin, Csv.Write([changed, created]));

        Assert.Contains("1 product(s) created", report.QuerySelector(".import-report")!.TextContent);
        Assert.Equal(41.00m, await factory.WithDbAsync(db => db.Products.SelectMany(p => p.Variants).Where(v => v.Sku == changed.Sku).Select(v => v.Price.Amount).SingleAsync()));
        Assert.Equal("Imported Sock", await factory.WithDbAsync(db => db.Products.Where(p => p.Variants.Any(v => v.Sku == "IMPORTED-1")).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_file_with_the_wrong_columns_is_refused_with_the_columns_it_needs()
    {
        var admin = await factory.SignInAsync();
        var before = await SnapshotAsync();

        var report = await ImportAsync(admin, "Name,Price,Colour\nSock,12.00,Red\n"u8.ToArray());

        var problem = report.QuerySelector(".import-problems tbody")!.TextContent;
        Assert.Contains("The columns must be: Slug, Name, Category", problem);
        Assert.Contains("Missing: Slug, Category", problem);
        Assert.Equal(before, await SnapshotAsync());
    }

    private IProductCsv Csv => factory.Services.GetRequiredService<IProductCsv>();

    private static async Task<byte[]> ExportAsync(HttpClient admin)
    {
        var response = await admin.GetAsync("/admin/products/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(HttpClient admin, byte[] csv)
    {
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await admin.PostMultipartAsync("/admin/products/import", "/admin/products/import", new MultipartFormDataContent { { file, "file", "products.csv" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private Task<string> SnapshotAsync() =>
        factory.WithDbAsync(async db =>
        {
            var products = await db.Products.Include(p => p.Variants).OrderBy(p => p.Id).ToListAsync();
            var audit = await db.AuditEntries.CountAsync();
            return string.Join('\n', products.Select(p =>
                $"{p.Slug}|{p.Name}|{p.Status}|{p.Version}|" + string.Join(';', p.Variants.OrderBy(v => v.Sku).Select(v => $"{v.Sku}:{v.Price}:{v.CompareAtPrice}:{v.StockOnHand}")))) + $"\naudit:{audit}";
        });
}
