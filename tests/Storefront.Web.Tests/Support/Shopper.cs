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
    /// <summary>
    /// A new published product of the test's own, with one variant of the given price and stock: no two tests share
    /// stock or prices, however many a class holds.
    /// </summary>
    public static Task<Guid> VariantAsync(this StorefrontFactory factory, decimal price, int stock = 50) =>
        factory.WithDbAsync(async db =>
        {
            var categoryId = await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
            var tag = Guid.NewGuid().ToString("N")[..10];
            var product = new Product(
                $"Test Sock {tag}", Slug.Parse($"test-sock-{tag}"), categoryId, SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, DateTimeOffset.UtcNow);
            var variant = product.AddVariant($"TEST-{tag}", "M", "Black", "#111111", new Money(price), null, stock);
            product.Publish();
            db.Products.Add(product);
            await db.SaveChangesAsync();
            return variant.Id;
        });

    /// <summary>The catalog changes under a shopper: a new price for the variant.</summary>
    public static Task RepriceAsync(this StorefrontFactory factory, Guid variantId, decimal price) =>
        factory.ChangeProductAsync(variantId, product => product.RepriceVariant(variantId, new Money(price), null));

    /// <summary>The catalog changes under a shopper: a new count on the shelf.</summary>
    public static Task RestockAsync(this StorefrontFactory factory, Guid variantId, int stock) =>
        factory.ChangeProductAsync(variantId, product => product.AdjustStock(variantId, stock, "Counted for the test", DateTimeOffset.UtcNow));

    private static Task ChangeProductAsync(this StorefrontFactory factory, Guid variantId, Action<Product> change) =>
        factory.WithDbAsync(async db =>
        {
            change(await db.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variantId)));
            return await db.SaveChangesAsync();
        });

    public static Task<ProductVariant> StockAsync(this StorefrontFactory factory, Guid variantId) =>
        factory.WithDbAsync(db => db.Products.AsNoTracking().SelectMany(p => p.Variants).FirstAsync(v => v.Id == variantId));

    public static Task<List<Order>> OrdersAsync(this StorefrontFactory factory) =>
        factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Events).ToListAsync());

    public static int EmailCount(this StorefrontFactory factory) =>
        Directory.Exists(factory.EmailDirectory) ? Directory.GetFiles(factory.EmailDirectory, "*.eml").Length : 0;
}
