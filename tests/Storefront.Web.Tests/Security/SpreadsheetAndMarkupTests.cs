using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Rendering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class SpreadsheetAndMarkupTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private const string Formula = "=HYPERLINK(\"https://evil.example\",\"Click\")";

    [Fact]
    public async Task Exported_cells_that_a_spreadsheet_would_run_as_formulas_are_escaped_and_import_back_unchanged()
    {
        var slug = await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.OrderBy(p => p.Name).FirstAsync();
            product.Describe(Formula, "@SUM(A1:A9)", "- wash cold");
            await db.SaveChangesAsync();
            return product.Slug.Value;
        });
        var admin = await factory.SignInAsync();

        var export = await (await admin.GetAsync("/admin/products/export")).Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(export);
        var row = text.Split('\n').First(line => line.StartsWith(slug + ",", StringComparison.Ordinal));

        Assert.Contains("\"'=HYPERLINK(", row, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1:A9)", row, StringComparison.Ordinal);
        Assert.Contains("'- wash cold", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", row, StringComparison.Ordinal);

        var file = new ByteArrayContent(export);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var imported = await admin.PostMultipartAsync("/admin/products/import", "/admin/products/import", new MultipartFormDataContent { { file, "file", "products.csv" } });
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("nothing changed", (await Html.ParseAsync(await imported.Content.ReadAsStringAsync())).QuerySelector(".import-report")!.TextContent);
        var after = await factory.WithDbAsync(db => db.Products.Where(p => p.Slug == Domain.Common.Slug.Parse(slug)).Select(p => new { p.Description, p.Material, p.Care }).SingleAsync());
        Assert.Equal((Formula, "@SUM(A1:A9)", "- wash cold"), (after.Description, after.Material, after.Care));
    }

    [Theory]
    [InlineData("Soft socks {style=\"position:fixed;top:0\"}")]
    [InlineData("# Fits well {style=\"background:url(https://evil.example/x)\"}")]
    [InlineData("![sock](/img/x.svg){style=\"width:100%\" onload=\"x()\"}")]
    public async Task Markdown_attributes_never_become_styles_or_handlers(string markdown)
    {
        var html = new StringWriter();
        new MarkdownRenderer().Render(markdown).WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);
        var fragment = await Html.ParseAsync(html.ToString());

        Assert.DoesNotContain(fragment.All, e => e.HasAttribute("style") || e.HasAttribute("onload"));
    }

    [Fact]
    public void Markdown_keeps_what_descriptions_use()
    {
        var html = new StringWriter();
        new MarkdownRenderer().Render("**Graduated** fit:\n\n- calf\n- ankle\n\n| Size | Calf |\n| --- | --- |\n| M | 30 cm |\n\n[Guide](/learn/leg-cramps)")
            .WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Contains("<strong>Graduated</strong>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("<li>calf</li>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("<table>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("href=\"/learn/leg-cramps\"", html.ToString(), StringComparison.Ordinal);
    }
}
