using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class ResponseHeadersTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/shop")]
    [InlineData("/cart")]
    [InlineData("/no-such-page")]
    [InlineData("/admin")]
    [InlineData("/sitemap.xml")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self' https://checkout.stripe.com", csp);
    }

    [Fact]
    public async Task Pages_send_no_inline_script_or_style_that_the_policy_would_block()
    {
        var slug = (await factory.CreateBrowserlessClient().GetDocumentAsync("/shop")).QuerySelector("a[href^='/products/']")!.GetAttribute("href")!;
        foreach (var url in new[] { "/", "/shop", slug, "/learn/leg-cramps", "/cart", "/admin/login" })
        {
            var page = await factory.CreateBrowserlessClient().GetDocumentAsync(url);
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Pages_with_personal_data_are_never_stored_and_order_pages_send_no_referrer()
    {
        var order = await factory.PlaceOrderAsync(paid: true);
        var admin = await factory.SignInAsync();
        var client = factory.CreateBrowserlessClient();

        foreach (var response in new[]
        {
            await client.GetAsync("/cart"),
            await client.GetAsync($"/orders/{order.Number}?token={order.AccessToken}"),
            await client.GetAsync("/checkout/success?session_id=cs_unknown"),
            await admin.GetAsync("/admin"),
            await admin.GetAsync("/admin/orders"),
            await admin.GetAsync("/admin/products/export"),
        })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri}: {response.Headers.CacheControl}");
        }

        Assert.Equal("no-referrer", Header(await client.GetAsync($"/orders/{order.Number}?token={order.AccessToken}"), "Referrer-Policy"));
        Assert.Equal("no-referrer", Header(await client.GetAsync("/checkout/success?session_id=cs_unknown"), "Referrer-Policy"));
        Assert.NotEqual(true, (await client.GetAsync("/shop")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Over_https_every_cookie_is_secure()
    {
        var variant = await factory.VariantAsync(12m, stock: 20);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var signIn = await client.GetAsync("/admin/login");
        var added = await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["VariantId"] = variant.ToString(),
            ["Quantity"] = "1",
        }));

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie").Concat(added.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("storefront_cart", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;
}

public class ProductionFactory : StorefrontFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Checkout:PublicBaseUrl", "https://shop.example");
        builder.UseSetting("https_port", "443");
    }
}

/// <summary>The app on real Kestrel (127.0.0.1, a free port) in Production, where the server banner would show.</summary>
public sealed class ProductionKestrelFactory : ProductionFactory, IAsyncLifetime
{
    public string BaseUrl { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

public sealed class ServerBannerTests(ProductionKestrelFactory factory) : IClassFixture<ProductionKestrelFactory>
{
    [Fact]
    public async Task Kestrel_sends_no_server_banner()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var response = await http.GetAsync(factory.BaseUrl + "/shop");

        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
    }
}

public sealed class TransportSecurityTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task In_production_http_is_redirected_to_https_and_https_answers_carry_a_year_of_HSTS()
    {
        var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://shop.example"), AllowAutoRedirect = false });
        var redirected = await plain.GetAsync("/shop");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://shop.example/shop", redirected.Headers.Location?.ToString());

        var secure = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://shop.example"), AllowAutoRedirect = false });
        var response = await secure.GetAsync("/shop");
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
    }
}
