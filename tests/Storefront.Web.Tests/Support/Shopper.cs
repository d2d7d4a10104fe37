using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Web.Tests.Support;

/// <summary>One shopper's browser without a browser: its own cookies (cart, antiforgery), no automatic redirects.</summary>
public sealed class Shopper(StorefrontFactory factory)
{
    private string? _token;

    public HttpClient Client { get; } = factory.CreateBrowserlessClient();

    /// <summary>
    /// This browser's antiforgery token, from the first page that has a form needing one: the cart once it has lines,
    /// else the sign-in form (product and guide pages are cached and carry none).
    /// </summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        if (_token is null)
        {
            var cart = await Client.GetDocumentAsync("/cart");
            var page = cart.QuerySelector("input[name='__RequestVerificationToken']") is null ? await Client.GetDocumentAsync("/admin/login") : cart;
            _token = ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        }

        return _token;
    }

    /// <summary>Posts a form as the shop's own pages do: with this browser's token, except adds to the cart, which go without.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var form = fields.ToList();
        if (url != "/cart/add")
        {
            form.Add(("__RequestVerificationToken", await AntiforgeryTokenAsync()));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await Client.SendAsync(request);
    }

    public async Task AddAsync(Guid variantId, int quantity = 1)
    {
        var response = await PostAsync("/cart/add", ("VariantId", variantId.ToString()), ("Quantity", quantity.ToString()));
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"Adding to the cart answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Posts the checkout form; answers where the shop sent the shopper (payment page, or the cart).</summary>
    public async Task<string> CheckoutAsync()
    {
        var response = await PostAsync("/checkout");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    public Task<IHtmlDocument> CartAsync() => Client.GetDocumentAsync("/cart");
}

/// <summary>Test data straight in the app's database.</summary>
public static class CatalogData
{
    /// <summary>A published, in-stock variant with the given price and stock.</summary>
    public static Task<Guid> VariantAsync(this StorefrontFactory factory, decimal price, int stock = 50, int skip = 0) =>
        factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants)
                .Where(p => p.Status == ProductStatus.Published)
                .OrderBy(p => p.Name).Skip(skip).FirstAsync();
            var variant = product.Variants.First(v => !v.IsRetired);
            product.RepriceVariant(variant.Id, new Money(price), null);
            variant.SetStock(Math.Max(stock, variant.Reserved));
            await db.SaveChangesAsync();
            return variant.Id;
        });

    public static Task<ProductVariant> StockAsync(this StorefrontFactory factory, Guid variantId) =>
        factory.WithDbAsync(db => db.Products.AsNoTracking().SelectMany(p => p.Variants).FirstAsync(v => v.Id == variantId));

    public static Task<List<Order>> OrdersAsync(this StorefrontFactory factory) =>
        factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Events).ToListAsync());

    public static int EmailCount(this StorefrontFactory factory) =>
        Directory.Exists(factory.EmailDirectory) ? Directory.GetFiles(factory.EmailDirectory, "*.eml").Length : 0;
}
