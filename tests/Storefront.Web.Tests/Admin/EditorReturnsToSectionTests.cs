using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

/// <summary>Saving in the product editor goes back to the section that was saved, with the confirmation there.</summary>
public sealed class EditorReturnsToSectionTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task A_stock_change_returns_to_the_variants_with_its_confirmation_in_that_section()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Section Return Crew", "section-return-crew");
        await admin.AddVariantAsync(id, "SECTION-CREW-M", size: "M");
        var variant = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Products.Where(p => p.Id == id).SelectMany(p => p.Variants)));

        var adjusted = await admin.PostToProductAsync(id, "AdjustStock", new() { ["variantId"] = variant.Id.ToString(), ["stockOnHand"] = "12", ["reason"] = "Count" });
        var page = await admin.GetDocumentAsync(adjusted.Headers.Location!.ToString());

        Assert.Equal($"/admin/products/{id}#variants", adjusted.Headers.Location!.ToString());
        Assert.Equal("Stock updated.", page.QuerySelector("section#variants .admin-notice")?.TextContent);
        Assert.Single(page.QuerySelectorAll(".admin-notice"));
    }
}
