using Microsoft.AspNetCore.Hosting;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

/// <summary>Absolute links come from the configured public address, never from the Host header a client sends.</summary>
public sealed class PublicAddressTests(PublicAddressTests.ConfiguredAddressFactory factory) : IClassFixture<PublicAddressTests.ConfiguredAddressFactory>
{
    [Theory]
    [InlineData("/products/ankle-compression-socks-black-white")]
    [InlineData("/learn/leg-cramps")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task A_forged_host_header_never_reaches_a_link(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        var body = await (await factory.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://shop.example/", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("shop.example")]
    [InlineData("ftp://shop.example")]
    public void Production_refuses_to_start_without_an_absolute_public_address(string configured)
    {
        using var production = new StorefrontFactory().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Checkout:PublicBaseUrl", configured);
        });

        var error = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains("Checkout:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    public sealed class ConfiguredAddressFactory : StorefrontFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Checkout:PublicBaseUrl", "https://shop.example");
    }
}
