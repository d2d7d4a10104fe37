using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

public sealed class UnpublishedProductTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>, IAsyncLifetime
{
    private string _slug = string.Empty;

    public async Task InitializeAsync() => _slug = await factory.WithDbAsync(async db =>
    {
        var product = await db.Products.OrderBy(p => p.Name).FirstAsync();
        product.Unpublish();
        await db.SaveChangesAsync();
        return product.Slug.Value;
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_unpublished_product_answers_404_with_the_friendly_page()
    {
        var response = await factory.CreateClient().GetAsync($"/products/{_slug}");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We couldn't find that page", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task An_unpublished_product_is_neither_in_the_catalog_nor_in_the_sitemap()
    {
        var client = factory.CreateClient();

        Assert.DoesNotContain(_slug, await client.AllSlugsAsync("/shop"));
        Assert.DoesNotContain($"/products/{_slug}<", await client.GetStringAsync("/sitemap.xml"));
    }
}
