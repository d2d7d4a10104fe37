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

    public static bool IsConfigured(IServiceProvider services) =>
        !string.IsNullOrWhiteSpace(services.GetRequiredService<CheckoutOptions>().PublicBaseUrl);
}
