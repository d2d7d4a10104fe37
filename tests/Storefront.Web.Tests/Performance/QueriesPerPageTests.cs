using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Performance;

/// <summary>
/// How many SQL commands each public page sends when it is rendered (page cache off). A page that starts loading per
/// strategy, per product or per guide (N+1) fails here. The shop's filter lists are cached until the catalog changes,
/// so its count is taken once they are.
/// </summary>
public sealed class QueriesPerPageTests(QueryCountingFactory factory) : IClassFixture<QueryCountingFactory>
{
    [Theory]
    [InlineData("/", 1)]
    [InlineData("/shop", 2)]
    [InlineData("/shop?style=knee-high&sort=price-asc", 2)]
    [InlineData("/products/ankle-compression-socks-black-white", 3)]
    [InlineData("/learn/leg-cramps", 3)]
    [InlineData("/learn/leg-cramps/finder?a=at-night&a=during-exercise", 3)]
    public async Task A_page_renders_with_at_most_its_budget_of_queries(string url, int budget)
    {
        var client = factory.CreateClient();
        await client.GetDocumentAsync(url);
        factory.Counter.Clear();

        await client.GetDocumentAsync(url);

        var commands = factory.Counter.For(url);
        Assert.True(commands.Count > 0, $"{url} was not counted");
        Assert.True(commands.Count <= budget, $"{url} sent {commands.Count} commands, budget {budget}:\n{string.Join("\n---\n", commands)}");
    }

    [Fact]
    public async Task A_visitor_with_a_cart_costs_the_page_no_extra_query()
    {
        var shopper = new Shopper(factory);
        var variant = await factory.VariantAsync(12m);
        await shopper.AddAsync(variant, 2);
        const string url = "/products/ankle-compression-socks-black-white";
        await shopper.Client.GetDocumentAsync(url);
        factory.Counter.Clear();

        var page = await shopper.Client.GetDocumentAsync(url);

        Assert.Equal("2", page.QuerySelector("[data-testid=cart-count]")?.TextContent);
        Assert.True(factory.Counter.For(url).Count <= 3);
    }
}
