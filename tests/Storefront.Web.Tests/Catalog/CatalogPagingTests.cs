using System.Web;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Catalog.GetCatalogPage;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>
/// Paging with every filter set at once. The sample catalog is too small for that, so this class adds
/// 15 socks that all match one full set of filters.
/// </summary>
public sealed class CatalogPagingTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>, IAsyncLifetime
{
    private const int Added = GetCatalogPageQuery.PageSize + 3;
    private const string AllFilters = "style=crew&compression=20-30&use=recovery&size=L&colour=Plum&q=pager&sort=price-asc";

    private readonly HttpClient _client = factory.CreateClient();

    public Task InitializeAsync() => factory.WithDbAsync(async db =>
    {
        if (await db.Products.AnyAsync(p => p.Name.StartsWith("Pager Sock")))
        {
            return;
        }

        var sport = await db.Categories.SingleAsync(c => c.Slug == Slug.Parse("sport"));
        for (var i = 1; i <= Added; i++)
        {
            var product = new Product($"Pager Sock {i:00}", Slug.Parse($"pager-sock-{i}"), sport.Id, SockStyle.Crew, CompressionLevel.Firm20To30, SockUse.Recovery, DateTimeOffset.UtcNow);
            product.AddVariant($"PAGER-{i}-L", "L", "Plum", "#5b2a52", new Money(20m + i), null, 10);
            product.Publish();
            db.Products.Add(product);
        }

        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_page_holds_twelve_socks_and_the_next_page_the_rest()
    {
        var first = await _client.GetDocumentAsync($"/shop/sport?{AllFilters}");
        var second = await _client.GetDocumentAsync($"/shop/sport?{AllFilters}&page=2");

        Assert.Equal(GetCatalogPageQuery.PageSize, first.CardSlugs().Count());
        Assert.Equal(Added - GetCatalogPageQuery.PageSize, second.CardSlugs().Count());
        Assert.Empty(first.CardSlugs().Intersect(second.CardSlugs()));
        Assert.Equal($"{Added} socks matching “pager”", first.QuerySelector(".results-count")?.TextContent);
    }

    [Fact]
    public async Task Every_page_link_keeps_the_category_and_every_filter()
    {
        var page = await _client.GetDocumentAsync($"/shop/sport?{AllFilters}");
        var links = page.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.StartsWith("/shop/sport?", link);
            var query = HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
            foreach (var filter in AllFilters.Split('&').Select(f => f.Split('=')))
            {
                Assert.Equal(filter[1], query[filter[0]]);
            }
        }

        Assert.Contains(links, link => link.Contains("page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Following_the_next_links_shows_every_matching_sock_once_in_price_order()
    {
        var slugs = await _client.AllSlugsAsync($"/shop/sport?{AllFilters}");

        Assert.Equal(Enumerable.Range(1, Added).Select(i => $"pager-sock-{i}"), slugs);
    }

    [Fact]
    public async Task The_canonical_link_of_a_later_page_names_that_page()
    {
        var page = await _client.GetDocumentAsync($"/shop/sport?{AllFilters}&page=2");

        Assert.Contains("page=2", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }
}
