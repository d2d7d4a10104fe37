using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Cart;

/// <summary>Two app instances over one database, as behind a load balancer: a shopper may meet either on any request.</summary>
public sealed class CartAcrossInstancesTests
{
    [Fact]
    public async Task A_cart_started_on_one_instance_is_filled_on_another_and_shown_by_the_first_with_one_shared_key_ring()
    {
        await using var first = new StorefrontFactory();
        var variantId = await first.VariantAsync(price: 21m);
        await using var second = new StorefrontFactory(first.DataDirectory);
        var toFirst = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var toSecond = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        // A cart started on the first instance (adds need no token) ...
        var added = await toFirst.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent([new("VariantId", variantId.ToString()), new("Quantity", "1")]),
        });
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        var cartCookies = CookiesOf(added);

        // ... shows its quantity form, with a token, on the first ...
        var firstCart = new HttpRequestMessage(HttpMethod.Get, "/cart");
        firstCart.Headers.Add("Cookie", cartCookies);
        var cartPage = await toFirst.SendAsync(firstCart);
        var page = await Html.ParseAsync(await cartPage.Content.ReadAsStringAsync());
        var token = ((IHtmlInputElement)page.QuerySelector("form.quantity-form input[name='__RequestVerificationToken']")!).Value;

        // ... whose post lands on the second, which must accept the first's token (shared Data Protection keys) ...
        var update = new HttpRequestMessage(HttpMethod.Post, "/cart/update")
        {
            Content = new FormUrlEncodedContent([new($"Lines[{variantId}]", "2"), new("__RequestVerificationToken", token)]),
        };
        update.Headers.Add("Cookie", $"{cartCookies}; {CookiesOf(cartPage)}");
        var updated = await toSecond.SendAsync(update);
        Assert.Equal(HttpStatusCode.SeeOther, updated.StatusCode);

        // ... and the cart, kept in the shared database, shows on the first again.
        var show = new HttpRequestMessage(HttpMethod.Get, "/cart");
        show.Headers.Add("Cookie", cartCookies);
        var cart = await Html.ParseAsync(await (await toFirst.SendAsync(show)).Content.ReadAsStringAsync());
        Assert.Contains("$42.00", cart.Body!.TextContent);

        // Every instance reads the key ring that signs cookies and tokens from the database, not from its own disk.
        Assert.NotEmpty(await first.WithDbAsync(db => db.DataProtectionKeys.ToListAsync()));
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
