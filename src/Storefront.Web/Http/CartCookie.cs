namespace Storefront.Web.Http;

/// <summary>
/// The guest cart in two cookies, both HttpOnly, SameSite=Lax and Secure over HTTPS: the cart's random id (the cart
/// itself lives in the database), and how many items it holds, so the header of a cached page can show the count
/// without a database call. The count is only ever shown back to the browser that holds it.
/// </summary>
internal static class CartCookie
{
    public const string Name = "storefront_cart";
    public const string CountName = "storefront_cart_count";

    /// <summary>Counts past this show as "99+": it also bounds how many cached copies of a page the count can make.</summary>
    public const int MaxShownCount = 99;

    public static Guid? Read(HttpRequest request) =>
        Guid.TryParseExact(request.Cookies[Name], "N", out var id) ? id : null;

    public static void Write(HttpResponse response, Guid cartId) =>
        response.Cookies.Append(Name, cartId.ToString("N"), Options(response));

    /// <summary>Forgets the cart: the next add starts a new one under a new id.</summary>
    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, Options(response));

    /// <summary>
    /// The item count as the header shows it: 0 to <see cref="MaxShownCount"/>; anything unreadable is 0. A count
    /// written during this request (the cart just changed) wins over the one the browser sent.
    /// </summary>
    public static int ReadCount(HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(CountName, out var written) && written is int count
            ? count
            : int.TryParse(request.Cookies[CountName], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sent)
                ? Math.Min(sent, MaxShownCount)
                : 0;

    public static void WriteCount(HttpResponse response, int itemCount)
    {
        response.HttpContext.Items[CountName] = Math.Min(itemCount, MaxShownCount);
        if (itemCount > 0)
        {
            response.Cookies.Append(CountName, Math.Min(itemCount, MaxShownCount).ToString(System.Globalization.CultureInfo.InvariantCulture), Options(response));
        }
        else if (response.HttpContext.Request.Cookies.ContainsKey(CountName))
        {
            response.Cookies.Delete(CountName, Options(response));
        }
    }

    private static CookieOptions Options(HttpResponse response) => new()
    {
        HttpOnly = true,
        Secure = response.HttpContext.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Path = "/",
        MaxAge = Domain.Carts.Cart.IdleLifetime,
    };
}
