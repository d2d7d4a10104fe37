using Storefront.Application.Checkout;

namespace Storefront.Web.Http;

/// <summary>
/// The one place absolute links to the shop come from: <c>Checkout:PublicBaseUrl</c> when it is set, else the
/// address the request came in on (development). Cached pages therefore never hold a visitor's Host header.
/// </summary>
internal static class PublicAddress
{
    public static string PublicBaseUrl(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<CheckoutOptions>().BaseUrl($"{request.Scheme}://{request.Host}");

    /// <summary>
    /// In Production the Host header is never trusted for links, so the shop refuses to start without an absolute
    /// http(s) <c>Checkout:PublicBaseUrl</c>.
    /// </summary>
    public static void RequireInProduction(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Checkout:PublicBaseUrl"];
        if (environment.IsProduction()
            && !(Uri.TryCreate(configured, UriKind.Absolute, out var address) && address.Scheme is "https" or "http"))
        {
            throw new InvalidOperationException(
                "Set Checkout:PublicBaseUrl (environment variable Checkout__PublicBaseUrl) to the shop's public address, e.g. "
                + "https://shop.example.com: in Production every absolute link, payment return URL and email link is built from it.");
        }
    }
}
