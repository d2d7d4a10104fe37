using System.Net;
using AngleSharp.Html.Dom;

namespace Storefront.Cluster;

/// <summary>What a shopper and an admin do, as a browser would, through whichever address the browser has.</summary>
internal static class Shop
{
    /// <summary>Published products as the shop lists them: slug and the first variant one can buy.</summary>
    public static async Task<List<(string Slug, Guid VariantId, string Price)>> ProductsAsync(Browser browser, int count)
    {
        var shop = await Expect(browser.GetAsync("/shop"), HttpStatusCode.OK);
        var slugs = shop.Document.QuerySelectorAll("a[href^='/products/']").Select(a => a.GetAttribute("href")!.Split('?')[0]).Distinct().Take(count).ToList();
        var products = new List<(string, Guid, string)>();
        foreach (var slug in slugs)
        {
            var page = await Expect(browser.GetAsync(slug), HttpStatusCode.OK);
            var radio = page.Document.QuerySelectorAll("input[name='VariantId']").OfType<IHtmlInputElement>().First(r => !r.IsDisabled);
            var variantId = Guid.Parse(radio.Value);
            products.Add((slug, variantId, PriceOf(page, variantId) ?? throw new ClusterFailure($"{slug} shows no price for {variantId}")));
        }

        return products.Count == count ? products : throw new ClusterFailure($"the shop lists {products.Count} products, {count} needed");
    }

    public static async Task<string?> PriceShownAsync(Reply productPage, Guid variantId) =>
        await Task.FromResult(PriceOf(productPage, variantId));

    /// <summary>The price the product page shows for one size and colour (one price element per variant).</summary>
    private static string? PriceOf(Reply productPage, Guid variantId) =>
        productPage.Document.QuerySelector($".variant-price[data-variant-id='{variantId}'] .price-now")?.TextContent.Trim();

    public static Task<Reply> AddToCartAsync(Browser browser, Guid variantId, int quantity = 1) =>
        Expect(browser.PostAsync("/cart/add", [new("VariantId", variantId.ToString()), new("Quantity", quantity.ToString())]), HttpStatusCode.SeeOther);

    /// <summary>Opens the cart and posts its checkout form; answers the reply (a redirect to the payment page, or back to the cart).</summary>
    public static async Task<Reply> CheckoutAsync(Browser browser, IHtmlDocument cart) =>
        await browser.PostAsync("/checkout", [new("__RequestVerificationToken", Token(cart))]);

    /// <summary>Pays on the test gateway's page; answers the success page's URL.</summary>
    public static async Task<string> PayAsync(Browser browser, string paymentUrl)
    {
        var page = await Expect(browser.GetAsync(paymentUrl), HttpStatusCode.OK);
        var pay = await Expect(browser.PostAsync(paymentUrl + "?handler=Pay",
        [
            new("__RequestVerificationToken", Token(page.Document)), new("Name", "Cluster Shopper"), new("Line1", "1 Proxy St"), new("City", "Springfield"),
            new("State", "IL"), new("PostalCode", "62701"), new("Email", "cluster@example.com"),
        ]), HttpStatusCode.SeeOther);
        return pay.Location!;
    }

    /// <summary>A whole purchase of one unit; answers the order id when the success page says it is paid.</summary>
    public static async Task<Guid> BuyAsync(Browser browser, Guid variantId)
    {
        await AddToCartAsync(browser, variantId);
        var cart = await Expect(browser.GetAsync("/cart"), HttpStatusCode.OK);
        var checkout = await CheckoutAsync(browser, cart.Document);
        var paymentUrl = checkout.Location is { } location && location.Contains("/checkout/test-payment/", StringComparison.Ordinal)
            ? location
            : throw new ClusterFailure($"checkout answered {(int)checkout.Status} to {checkout.Location}");
        var success = await Expect(browser.GetAsync(await PayAsync(browser, paymentUrl)), HttpStatusCode.OK);
        return success.Body.Contains("your order is paid", StringComparison.Ordinal)
            ? Guid.Parse(new Uri(paymentUrl).Segments[^1])
            : throw new ClusterFailure("the success page did not say paid");
    }

    public static async Task SignInAsync(Browser browser, string email, string password)
    {
        var login = await Expect(browser.GetAsync("/admin/login"), HttpStatusCode.OK);
        var form = login.Document.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector("input[name='Password']") is not null)
            ?? throw new ClusterFailure("no sign-in form");
        form.Id = "sign-in";
        var reply = await browser.SubmitAsync(login, "#sign-in", ("Email", email), ("Password", password));
        if (reply.Status != HttpStatusCode.Redirect && reply.Status != HttpStatusCode.SeeOther)
        {
            throw new ClusterFailure($"admin sign-in answered {(int)reply.Status}");
        }
    }

    /// <summary>The admin's edit page of the product at <paramref name="slug"/>.</summary>
    public static async Task<string> AdminEditUrlAsync(Browser admin, string slug)
    {
        foreach (var url in new[] { "/admin/products", "/admin/products?q=" + Uri.EscapeDataString(slug.Split('/')[^1].Replace('-', ' ')) })
        {
            var list = await Expect(admin.GetAsync(url), HttpStatusCode.OK);
            var link = list.Document.QuerySelectorAll("tr").FirstOrDefault(row => row.TextContent.Contains(slug, StringComparison.Ordinal))
                ?.QuerySelector("a[href^='/admin/products/']")?.GetAttribute("href");
            if (link is not null)
            {
                return link;
            }
        }

        throw new ClusterFailure($"the admin list has no row for {slug}");
    }

    /// <summary>Sets a variant's stock on hand through the admin's stock form.</summary>
    public static async Task SetStockAsync(Browser admin, string editUrl, Guid variantId, int stock)
    {
        var edit = await Expect(admin.GetAsync(editUrl), HttpStatusCode.OK);
        var form = edit.Document.QuerySelectorAll("form[action*='handler=AdjustStock']")
            .FirstOrDefault(f => f.QuerySelector($"input[name='variantId'][value='{variantId}']") is not null)
            ?? throw new ClusterFailure("no stock form for the variant");
        form.Id = "stock-form";
        var reply = await admin.SubmitAsync(edit, "#stock-form", ("stockOnHand", stock.ToString()), ("reason", "cluster test"));
        if (reply.Status is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            throw new ClusterFailure($"setting stock answered {(int)reply.Status}");
        }
    }

    public static string Token(IHtmlDocument page) =>
        (page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement)?.Value ?? throw new ClusterFailure("no antiforgery token on the page");

    public static async Task<Reply> Expect(Task<Reply> sending, HttpStatusCode status)
    {
        var reply = await sending;
        return reply.Status == status ? reply : throw new ClusterFailure($"expected {(int)status}, got {(int)reply.Status} (location {reply.Location})");
    }
}
