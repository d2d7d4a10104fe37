namespace Storefront.Web.Http;

/// <summary>The guest cart's id in a cookie: random, HttpOnly, SameSite=Lax, Secure over HTTPS. The cart itself lives in the database.</summary>
internal static class CartCookie
{
    public const string Name = "storefront_cart";

    public static Guid? Read(HttpRequest request) =>
        Guid.TryParseExact(request.Cookies[Name], "N", out var id) ? id : null;

    public static void Write(HttpResponse response, Guid cartId) =>
        response.Cookies.Append(Name, cartId.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Path = "/",
            MaxAge = TimeSpan.FromDays(60),
        });

    /// <summary>The shop's address as this request reached it, for links to itself.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
