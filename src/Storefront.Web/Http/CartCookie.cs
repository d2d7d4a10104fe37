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
            MaxAge = Domain.Carts.Cart.IdleLifetime,
        });

    /// <summary>Forgets the cart: the next add starts a new one under a new id.</summary>
    public static void Delete(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { HttpOnly = true, Secure = response.HttpContext.Request.IsHttps, SameSite = SameSiteMode.Lax, Path = "/" });

    /// <summary>The shop's address as this request reached it, for links to itself.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
