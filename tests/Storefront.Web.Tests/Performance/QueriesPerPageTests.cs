using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Performance;

/// <summary>
/// How many SQL commands each public page sends when it is rendered (page cache off): in the steady state, with the
/// content that only changes on an edit already cached, and cold, right after such an edit evicted it. A page that
/// starts loading per strategy, per product or per guide (N+1) fails here.
/// </summary>
public sealed class QueriesPerPageTests(QueryCountingFactory factory) : IClassFixture<QueryCountingFactory>
{
    [Theory]
    [InlineData("/", 1, 2)]
    [InlineData("/shop", 2, 4)]
    [InlineData("/shop?style=knee-high&sort=price-asc", 2, 4)]
    // Cold, the product page also loads what an edit evicted for every product page at once, one query each: the
    // categories, the filter shelves, the guides' strategies and their references, and the related socks.
    [InlineData("/products/ankle-compression-socks-black-white", 3, 6)]
    [InlineData("/learn/leg-cramps", 3, 3)]
    [InlineData("/learn/leg-cramps/finder?a=at-night&a=during-exercise", 3, 3)]
    public async Task A_page_renders_with_at_most_its_budget_of_queries(string url, int warmBudget, int coldBudget)
    {
        var (warm, cold, _) = await CountWarmThenColdAsync(url);

        Assert.True(warm.Count <= warmBudget, $"{url} sent {warm.Count} commands when warm, budget {warmBudget}:\n{string.Join("\n---\n", warm)}");
        Assert.True(cold.Count <= coldBudget, $"{url} sent {cold.Count} commands after an edit, budget {coldBudget}:\n{string.Join("\n---\n", cold)}");
        Assert.True(cold.Count > 0, $"{url} was not counted");
    }

    /// <summary>The commands of a second visit (warm), then of a visit right after an edit evicted the cached content (cold).</summary>
    private async Task<(IReadOnlyList<string> Warm, IReadOnlyList<string> Cold, AngleSharp.Html.Dom.IHtmlDocument ColdPage)> CountWarmThenColdAsync(string url)
    {
        var client = factory.CreateClient();
        await client.GetDocumentAsync(url);
        factory.Counter.Clear();
        await client.GetDocumentAsync(url);
        var warm = factory.Counter.For(url);

        await EvictContentAsync();
        factory.Counter.Clear();
        var page = await client.GetDocumentAsync(url);
        return (warm, factory.Counter.For(url), page);
    }

    private async Task EvictContentAsync()
    {
        var cache = factory.Services.GetRequiredService<HybridCache>();
        foreach (var tag in new[] { PageTags.Listings, PageTags.Guides, PageTags.Products })
        {
            await cache.RemoveByTagAsync(tag);
        }
    }

    [Fact]
    public async Task Related_and_bought_together_socks_cost_one_query_after_an_edit_and_none_when_warm()
    {
        var (warm, cold, page) = await CountWarmThenColdAsync("/products/graduated-knee-high-socks-15-20-mmhg");

        Assert.NotNull(page.QuerySelector("[data-testid=related] .product-card"));
        Assert.DoesNotContain(warm, ReadsOrders);
        Assert.Single(cold, ReadsOrders);
    }

    private static bool ReadsOrders(string sql) => sql.Contains("\"OrderLines\"", StringComparison.Ordinal);

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

    [Fact]
    public async Task Checkout_and_payment_each_read_the_order_once_without_its_history_and_the_payment_leaves_the_confirmation_to_the_sender()
    {
        var shopper = new Shopper(factory);
        await shopper.AddAsync(await factory.VariantAsync(12m), 2);
        factory.Counter.Clear();

        var paymentPage = new Uri(new Uri("http://localhost"), await shopper.CheckoutAsync()).AbsolutePath;
        var paid = await shopper.PostAsync(paymentPage + "?handler=Pay");

        Assert.Equal(System.Net.HttpStatusCode.SeeOther, paid.StatusCode);
        // Checkout: the cart's earlier unpaid orders; the new order's payment session is attached to the order just placed.
        Assert.Single(factory.Counter.For("/checkout"), ReadsOrdersWithLines);
        // Payment: the order once, as it is paid; the confirmation email and its record are the background sender's.
        // Neither reads the order's history: a command only adds to it.
        var payment = factory.Counter.For(paymentPage + "?handler=Pay");
        Assert.Single(payment, sql => sql.StartsWith("SELECT", StringComparison.Ordinal) && sql.Contains("FROM \"Orders\"", StringComparison.Ordinal));
        Assert.Single(payment, ReadsOrdersWithLines);
        Assert.DoesNotContain(factory.Counter.For("/checkout").Concat(payment), sql => sql.StartsWith("SELECT", StringComparison.Ordinal) && sql.Contains("\"OrderEvents\"", StringComparison.Ordinal));
        Assert.DoesNotContain(payment, sql => sql.Contains("\"ConfirmationSentAt\"", StringComparison.Ordinal) && !sql.StartsWith("SELECT", StringComparison.Ordinal));
    }

    private static bool ReadsOrdersWithLines(string sql) =>
        sql.StartsWith("SELECT", StringComparison.Ordinal) && sql.Contains("FROM \"Orders\"", StringComparison.Ordinal) && sql.Contains("\"OrderLines\"", StringComparison.Ordinal);
}
