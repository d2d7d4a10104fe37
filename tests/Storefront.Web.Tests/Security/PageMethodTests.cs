using System.Net;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

/// <summary>Every page answered with every method, signed in as an admin and with a valid antiforgery token.</summary>
public sealed class PageMethodTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private static readonly string[] Unhandled = ["PUT", "DELETE", "PATCH", "TRACE"];
    private static readonly string[] AnyMethodPages = ["/Error", "/status/{code:int}"];

    [Fact]
    public async Task A_method_no_page_handles_answers_405_with_the_methods_it_takes_never_500()
    {
        var order = await factory.PlaceOrderAsync(paid: false);
        var admin = await factory.SignInAsync();
        var token = await TokenAsync(admin);
        var pages = (await SiteRoutes.AllAsync(factory, order.Number, order.Id)).Where(r => r.IsPage).ToList();
        Assert.True(pages.Count >= 20, string.Join(", ", pages.Select(p => p.Url)));

        foreach (var page in pages.Where(p => !AnyMethodPages.Contains(p.Template)))
        {
            foreach (var method in Unhandled)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), page.Url)
                {
                    Content = method is "TRACE" ? null : new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
                };
                var response = await admin.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {page.Url} answered {(int)response.StatusCode}");
                Assert.NotEmpty(response.Content.Headers.Allow);
                if (method != "TRACE")
                {
                    var body = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
                    Assert.Equal("That page can't do that", body.QuerySelector("h1")?.TextContent);
                }
            }

            // OPTIONS never reaches a page: the framework answers it with an empty 200.
            var options = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Options, page.Url));
            Assert.True(options.StatusCode == HttpStatusCode.OK && (await options.Content.ReadAsByteArrayAsync()).Length == 0, $"OPTIONS {page.Url} answered {(int)options.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/products/{slug}")]
    [InlineData("/shop")]
    [InlineData("/learn/leg-cramps")]
    [InlineData("/learn")]
    [InlineData("/")]
    [InlineData("/checkout/success?session_id=cs_x")]
    [InlineData("/orders/{number}?token=x")]
    public async Task A_post_with_a_valid_token_to_a_page_without_that_handler_answers_405(string url)
    {
        var order = await factory.PlaceOrderAsync(paid: true);
        var slug = (await SiteRoutes.AllAsync(factory, order.Number, order.Id)).Single(r => r.Template == "/products/{slug}").Url;
        var shopper = new Shopper(factory);

        var response = await shopper.PostAsync(url.Replace("/products/{slug}", slug, StringComparison.Ordinal).Replace("{number}", order.Number, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_post_to_a_handler_name_the_page_does_not_have_answers_404()
    {
        var shopper = new Shopper(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await shopper.PostAsync("/cart/no-such-handler")).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/admin/products/new");
        return page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }
}
