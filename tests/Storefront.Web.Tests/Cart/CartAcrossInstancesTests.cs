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

        // The product page and its antiforgery token come from the first instance ...
        var slug = await first.WithDbAsync(db => Task.FromResult(db.Products.Single(p => p.Variants.Any(v => v.Id == variantId)).Slug.Value));
        var productPage = await toFirst.GetAsync($"/products/{slug}");
        var antiforgeryCookie = CookiesOf(productPage);
        var page = await Html.ParseAsync(await productPage.Content.ReadAsStringAsync());
        var token = ((IHtmlInputElement)page.QuerySelector("form.add-to-cart input[name='__RequestVerificationToken']")!).Value;

        // ... the add-to-cart post lands on the second, which must accept the first's token (shared Data Protection keys) ...
        var add = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent([new("VariantId", variantId.ToString()), new("Quantity", "2"), new("__RequestVerificationToken", token)]),
        };
        add.Headers.Add("Cookie", antiforgeryCookie);
        var added = await toSecond.SendAsync(add);
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);

        // ... and the cart, kept in the shared database, shows on the first again.
        var show = new HttpRequestMessage(HttpMethod.Get, "/cart");
        show.Headers.Add("Cookie", CookiesOf(added));
        var cart = await Html.ParseAsync(await (await toFirst.SendAsync(show)).Content.ReadAsStringAsync());
        Assert.Contains("$42.00", cart.Body!.TextContent);

        // Every instance reads the key ring that signs cookies and tokens from the database, not from its own disk.
        Assert.NotEmpty(await first.WithDbAsync(db => db.DataProtectionKeys.ToListAsync()));
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
