using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>Product text comes from admins and imports: whatever it holds, it must not run as script on the shop's pages.</summary>
public sealed class ProductMarkupTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>, IAsyncLifetime
{
    private const string Name = "Evil </script><script>alert(3)</script> Sock";

    public Task InitializeAsync() => factory.WithDbAsync(async db =>
    {
        if (await db.Products.AnyAsync(p => p.Slug == Slug.Parse("evil-sock")))
        {
            return;
        }

        var product = new Product(Name, Slug.Parse("evil-sock"), (await db.Categories.FirstAsync()).Id, SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, DateTimeOffset.UtcNow);
        product.Describe("Soft **and** safe.\n\n<script>alert(4)</script><img src=x onerror=alert(5)> [link](javascript:alert(6))", "Nylon", "Wash <b>cold</b>");
        product.AddVariant("EVIL-1", "M", "Black", "#000000", new Money(20m), null, 5);
        product.Publish();
        db.Products.Add(product);
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Markup_in_a_product_name_and_description_never_becomes_live_script()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/products/evil-sock");

        Assert.Equal(Name, page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert(", StringComparison.Ordinal) && s.Type != "application/ld+json");
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:']"));
        Assert.NotNull(page.QuerySelector(".prose strong"));
        var jsonLd = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("</script>", jsonLd);
        Assert.Equal(Name, JsonDocument.Parse(jsonLd).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Markup_in_a_product_name_is_escaped_on_the_catalog_card()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/shop?q=evil");

        Assert.Equal(Name, page.QuerySelector(".product-card h3")?.TextContent);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert(", StringComparison.Ordinal));
    }
}
