using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;
using Xunit.Abstractions;

namespace Storefront.Web.Tests.Security;

/// <summary>
/// Hundreds of hostile and malformed requests across every route and method: none may fail with a 500 or write
/// anything, and each answer is a readable page or a ProblemDetails 4xx.
/// </summary>
public sealed class HostileInputSweepTests(StorefrontFactory factory, ITestOutputHelper output) : IClassFixture<StorefrontFactory>
{
    private const string TokenField = "__RequestVerificationToken";
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE"];
    private static readonly string Long = new('A', 5000);

    private sealed record Probe(string Route, HttpClient Client, Func<HttpRequestMessage> Build);

    [Fact]
    public async Task Hostile_requests_across_every_route_and_method_get_no_500_write_nothing_and_get_readable_answers()
    {
        var order = await factory.PlaceOrderAsync(paid: true);
        var variant = await factory.VariantAsync(15m, stock: 30);
        var admin = await factory.SignInAsync();
        await admin.GetDocumentAsync("/admin/account/two-factor"); // its first view creates the admin's authenticator key: a write, done before the sweep
        var adminToken = (await admin.GetDocumentAsync("/admin/products/new")).QuerySelector($"input[name='{TokenField}']")!.GetAttribute("value")!;
        var shopper = new Shopper(factory);
        var shopperToken = await shopper.AntiforgeryTokenAsync();
        var anonymous = factory.CreateBrowserlessClient();
        var routes = await SiteRoutes.AllAsync(factory, order.Number, order.Id);
        var productId = await factory.WithDbAsync(db => db.Products.Where(p => p.Variants.Any(v => v.Id == variant)).Select(p => p.Id).FirstAsync());

        var probes = new List<Probe>();
        foreach (var route in routes)
        {
            foreach (var method in Methods)
            {
                probes.Add(new(route.Template, anonymous, () => new HttpRequestMessage(new HttpMethod(method), route.Url) { Content = Body(method, ("x", "1")) }));

                // Signed in with a valid token: what would a logged-in admin's mistaken or forged request do? (Not sign-out itself.)
                if (!(route.Template == "/admin/logout" && method == "POST"))
                {
                    probes.Add(new(route.Template, admin, () => new HttpRequestMessage(new HttpMethod(method), route.Url) { Content = Body(method, (TokenField, adminToken), ("Name", Long)) }));
                }
            }
        }

        AddCartProbes(probes, shopper.Client, shopperToken, variant);
        AddQueryProbes(probes, anonymous, admin, order.Number);
        AddCookieAndTokenProbes(probes, shopperToken, adminToken, variant);
        AddHeaderAndUrlProbes(probes, shopper.Client, shopperToken, variant);
        AddAdminFormProbes(probes, admin, adminToken, order.Id, productId, variant);

        var before = await SnapshotAsync();
        var failures = new List<string>();
        foreach (var probe in probes)
        {
            using var request = probe.Build();
            var response = await probe.Client.SendAsync(request);
            if (await ProblemAsync(request, response) is { } problem)
            {
                failures.Add($"{request.Method} {Shorten(request.RequestUri!.ToString())}: {problem}");
            }
        }

        var after = await SnapshotAsync();
        foreach (var group in probes.GroupBy(p => p.Route).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Count(),5}  {group.Key}");
        }

        output.WriteLine($"{probes.Count,5}  requests in all");
        Assert.True(probes.Count >= 600, $"Only {probes.Count} requests");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(before, after);
    }

    private static void AddCartProbes(List<Probe> probes, HttpClient shopper, string token, Guid variant)
    {
        string[] variants = ["", "abc", Guid.NewGuid().ToString(), Long, "' OR 1=1 --", "<script>alert(1)</script>", Guid.Empty.ToString(), variant.ToString()];
        string[] quantities = ["", "-1", "0", "11", "1e9", "99999999999999999999", "abc", "1.5", "NaN"];
        foreach (var variantId in variants)
        {
            foreach (var quantity in quantities)
            {
                probes.Add(new("/cart/add", shopper, () => Post("/cart/add", (TokenField, token), ("VariantId", variantId), ("Quantity", quantity))));
            }

            foreach (var handler in new[] { "update", "remove" })
            {
                probes.Add(new($"/cart/{handler}", shopper, () => Post($"/cart/{handler}", (TokenField, token), ("VariantId", variantId), ("Quantity", "-5"))));
            }
        }
    }

    private static void AddQueryProbes(List<Probe> probes, HttpClient anonymous, HttpClient admin, string orderNumber)
    {
        string[] shop =
        [
            "?page=abc", "?page=-1", "?page=2147483648", "?page=0", "?sort=%3Cscript%3E", "?size=" + Long, "?style=bogus&compression=bogus&use=bogus",
            "?q=" + Long, "?q=%00%01%02", "?q=%27%20OR%201%3D1--", "?colour=%E2%80%AE", "?q=%5B%25_%5D", "/" + Long, "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        ];
        string[] urls =
        [
            .. shop.Select(s => "/shop" + s), "/products/" + Long, "/products/..%2F..%2Fadmin", "/learn/" + Long, "/learn/leg-cramps/finder?cue=bogus&cue=" + Long,
            "/checkout/success?session_id=" + Long, "/checkout/success?session_id=%00", "/checkout/success", $"/orders/{orderNumber}?token=" + Long,
            $"/orders/{orderNumber}", "/orders/" + Long + "?token=x", "/media/not-a-guid", $"/media/{Guid.NewGuid()}", "/status/99999999999", "/status/-1",
            $"/checkout/test-payment/{Guid.NewGuid()}", "/admin/orders?page=-5&q=" + Long + "&status=bogus&from=notadate&to=2026-13-45&flagged=maybe",
            "/admin/products?q=" + Long + "&status=bogus&category=nope&sort=%3Cx%3E", "/admin/audit?page=-1", "/admin/audit?page=abc",
            $"/admin/orders/{Guid.NewGuid()}", $"/admin/products/{Guid.NewGuid()}", "/admin/orders/not-a-guid", "/admin/login?ReturnUrl=https://evil.example/",
            "/admin/login?ReturnUrl=//evil.example", "/sitemap.xml?x=" + Long, "/robots.txt?" + Long,
        ];
        foreach (var url in urls)
        {
            var route = "GET " + url.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            probes.Add(new(route, anonymous, () => new HttpRequestMessage(HttpMethod.Get, url)));
            probes.Add(new(route, admin, () => new HttpRequestMessage(HttpMethod.Get, url)));
        }
    }

    private void AddCookieAndTokenProbes(List<Probe> probes, string shopperToken, string adminToken, Guid variant)
    {
        string[] cookies =
        [
            "storefront_cart=garbage", "storefront_cart=" + Long, $"storefront_cart={Guid.NewGuid():N}", ".Storefront.Admin=forged", ".Storefront.Admin=" + Long,
            ".AspNetCore.Antiforgery.abc=forged", ".AspNetCore.Mvc.CookieTempDataProvider=forged", "storefront_cart=%00%0d%0a",
        ];
        foreach (var cookie in cookies)
        {
            foreach (var url in new[] { "/cart", "/admin", "/checkout/success?session_id=cs_x", "/" })
            {
                probes.Add(new("forged cookie", Bare(), () => WithCookie(new HttpRequestMessage(HttpMethod.Get, url), cookie)));
            }

            probes.Add(new("forged cookie", Bare(), () => WithCookie(Post("/cart/add", (TokenField, shopperToken), ("VariantId", variant.ToString()), ("Quantity", "0")), cookie)));
            probes.Add(new("forged cookie", Bare(), () => WithCookie(Post("/checkout", (TokenField, shopperToken)), cookie)));
        }

        // Tokens that are missing, forged, or someone else's.
        foreach (var token in new[] { string.Empty, "forged", Long, adminToken })
        {
            foreach (var url in new[] { "/cart/add", "/cart/update", "/cart/remove", "/cart/review", "/checkout", "/admin/products/new", "/admin/categories?handler=Create" })
            {
                var stranger = factory.CreateBrowserlessClient();
                // Adds take no token by design (checked by origin instead), so the add's quantity is one no cart takes.
                probes.Add(new("missing or stale token", stranger, () => Post(url, (TokenField, token), ("VariantId", variant.ToString()), ("Quantity", url == "/cart/add" ? "0" : "1"), ("name", "Socks"))));
            }
        }
    }

    private static void AddHeaderAndUrlProbes(List<Probe> probes, HttpClient shopper, string token, Guid variant)
    {
        (string Name, string Value)[] headers =
        [
            ("Host", "evil.example"), ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "javascript"), ("X-Forwarded-For", "not-an-ip, " + Long),
            ("Referer", "javascript:alert(1)"), ("Accept-Language", Long), ("User-Agent", Long), ("Accept", "application/json;q=" + Long), ("If-None-Match", Long),
            ("Range", "bytes=99999999999-"), ("Sec-Fetch-Site", "cross-site"), ("Origin", "https://evil.example"),
        ];
        foreach (var (name, value) in headers)
        {
            foreach (var url in new[] { "/", "/cart", "/products/x" })
            {
                probes.Add(new("header injection", shopper, () => WithHeader(new HttpRequestMessage(HttpMethod.Get, url), name, value)));
            }

            probes.Add(new("header injection", shopper, () => WithHeader(Post("/cart/add", (TokenField, token), ("VariantId", "x"), ("Quantity", "1")), name, value)));
        }

        string[] contentTypes = ["multipart/form-data", "multipart/form-data; boundary=" + Long, "application/json", "text/xml", "application/x-www-form-urlencoded; charset=bogus", "application/octet-stream"];
        foreach (var contentType in contentTypes)
        {
            foreach (var url in new[] { "/cart/add", "/checkout", "/admin/login", "/webhooks/stripe" })
            {
                probes.Add(new("malformed body", shopper, () => new HttpRequestMessage(HttpMethod.Post, url)
                {
                    Content = new ByteArrayContent(Encoding.UTF8.GetBytes($"{{\"VariantId\":\"{variant}\",\"Quantity\":1,\"{TokenField}\":\"{token}\"}}"))
                    {
                        Headers = { { "Content-Type", contentType } },
                    },
                }));
            }
        }

        foreach (var url in new[] { "/" + new string('a', 8000), "/shop?" + new string('q', 16000), "/cart/" + new string('b', 3000), "/admin/" + new string('c', 3000) })
        {
            probes.Add(new("overlong URL", shopper, () => new HttpRequestMessage(HttpMethod.Get, url)));
            probes.Add(new("overlong URL", shopper, () => Post(url, (TokenField, token))));
        }

        string[] webhookBodies = ["", "{", "null", "[]", "{\"type\":\"checkout.session.completed\"}", Long];
        foreach (var body in webhookBodies)
        {
            probes.Add(new("/webhooks/stripe", shopper, () => new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") }));
            probes.Add(new("/webhooks/stripe", shopper, () => WithHeader(
                new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") }, "Stripe-Signature", "t=1,v1=" + Long)));
        }
    }

    private static void AddAdminFormProbes(List<Probe> probes, HttpClient admin, string token, Guid orderId, Guid productId, Guid variant)
    {
        string[] prices = ["abc", "-1", "1e30", "NaN", "99999999999999999999999", ""];
        string[] stocks = ["-1", "99999999999", "abc", ""];
        foreach (var price in prices)
        {
            foreach (var stock in stocks)
            {
                probes.Add(new("/admin/products/{id:guid}", admin, () => Post($"/admin/products/{productId}?handler=AddVariant", (TokenField, token), ("version", "-1"),
                    ("NewVariant.Sku", Long), ("NewVariant.Size", ""), ("NewVariant.Colour", "<b>x</b>"), ("NewVariant.ColourHex", "red;background:url(x)"),
                    ("NewVariant.Price", price), ("NewVariant.StockOnHand", stock))));
            }

            probes.Add(new("/admin/products/new", admin, () => Post("/admin/products/new", (TokenField, token), ("Input.Name", price.Length == 0 ? Long : price),
                ("Input.Slug", "../../x"), ("Input.CategoryId", "not-a-guid"), ("Input.Style", "99"), ("Input.Compression", "bogus"), ("Input.Uses", "-3"), ("Input.Status", "Deleted"))));
        }

        (string Url, (string, string)[] Fields)[] forms =
        [
            ($"/admin/products/{productId}?handler=Save", [("version", "-1"), ("Input.Name", "")]),
            ($"/admin/products/{productId}?handler=Preview", [("version", "abc"), ("Input.Description", Long + Long)]),
            ($"/admin/products/{productId}?handler=UpdateVariant", [("version", "-1"), ("Variant.VariantId", Guid.NewGuid().ToString()), ("Variant.Price", "-5")]),
            ($"/admin/products/{productId}?handler=RemoveVariant", [("version", "-1"), ("variantId", Guid.NewGuid().ToString())]),
            ($"/admin/products/{productId}?handler=AdjustStock", [("version", "-1"), ("variantId", variant.ToString()), ("stockOnHand", "-5"), ("reason", Long)]),
            ($"/admin/products/{productId}?handler=AdjustStock", [("version", "-1"), ("variantId", Guid.NewGuid().ToString()), ("stockOnHand", "abc")]),
            ($"/admin/products/{productId}?handler=ArrangeImage", [("version", "-1"), ("imageId", Guid.NewGuid().ToString()), ("arrangement", "Sideways")]),
            ($"/admin/products/{productId}?handler=UploadImage", [("version", "-1"), ("altText", Long)]),
            ($"/admin/products/{Guid.NewGuid()}?handler=Save", [("version", "1"), ("Input.Name", "Ghost")]),
            ("/admin/categories?handler=Create", [("name", Long)]),
            ("/admin/categories?handler=Create", [("name", "")]),
            ("/admin/categories?handler=Rename", [("categoryId", Guid.NewGuid().ToString()), ("name", "x")]),
            ("/admin/categories?handler=Move", [("categoryId", Guid.NewGuid().ToString()), ("offset", "99999999999")]),
            ("/admin/categories?handler=Delete", [("categoryId", "not-a-guid")]),
            ($"/admin/orders/{orderId}?handler=Ship", [("version", "abc"), ("trackingNumber", Long)]),
            ($"/admin/orders/{orderId}?handler=Cancel", [("version", "-1")]),
            ($"/admin/orders/{Guid.NewGuid()}?handler=Ship", [("version", "1"), ("trackingNumber", "1Z")]),
            ("/admin/products/import", []),
            ("/admin/login", [("Email", Long), ("Password", Long)]),
            ("/admin/login", [("Email", "nobody@example.test"), ("Password", "' OR 1=1 --")]),
            ("/admin/account/password", [("CurrentPassword", "wrong"), ("NewPassword", "short")]),
            ("/admin/account/password", [("CurrentPassword", ""), ("NewPassword", Long)]),
        ];
        foreach (var (url, fields) in forms)
        {
            var route = System.Text.RegularExpressions.Regex.Replace(url.Split('?')[0], "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id:guid}");
            probes.Add(new(route, admin, () => Post(url, [(TokenField, token), .. fields])));
        }

        foreach (var file in new[] { "=cmd|'/c calc'!A1,1,2\n", "\u0000\u0001binary", Long })
        {
            probes.Add(new("/admin/products/import", admin, () => new HttpRequestMessage(HttpMethod.Post, "/admin/products/import")
            {
                Content = new MultipartFormDataContent
                {
                    { new StringContent(token), TokenField },
                    { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", "products.csv" },
                },
            }));
        }
    }

    /// <summary>Why an answer is not acceptable, or null when it is.</summary>
    private static async Task<string?> ProblemAsync(HttpRequestMessage request, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {Shorten(await response.Content.ReadAsStringAsync())}";
        }

        if (request.Method == HttpMethod.Head || status < 300)
        {
            return null;
        }

        if (status < 400)
        {
            var location = response.Headers.Location;
            return location is null || (location.IsAbsoluteUri && location.Host != (request.RequestUri!.IsAbsoluteUri ? request.RequestUri.Host : "localhost"))
                ? $"{status} redirects to {location}"
                : null;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync();
        if (mediaType == "application/problem+json")
        {
            return body.Contains("\"title\"", StringComparison.Ordinal) ? null : $"{status} ProblemDetails without a title";
        }

        if (mediaType == "text/html")
        {
            var h1 = (await Html.ParseAsync(body)).QuerySelector("h1")?.TextContent.Trim();
            return string.IsNullOrEmpty(h1) ? $"{status} page without a heading" : null;
        }

        return $"{status} {mediaType ?? "no content type"}: {Shorten(body)}";
    }

    /// <summary>Everything a hostile request could have changed.</summary>
    private Task<string> SnapshotAsync() => factory.WithDbAsync(async db => string.Join(" | ",
        await db.Orders.CountAsync(), await db.Orders.SumAsync(o => o.Version), await db.Set<Domain.Ordering.OrderEvent>().CountAsync(),
        await db.Carts.CountAsync(), await db.Set<Domain.Carts.CartLine>().SumAsync(l => l.Quantity),
        await db.Products.CountAsync(), await db.Products.SelectMany(p => p.Variants).CountAsync(),
        await db.Products.SelectMany(p => p.Variants).SumAsync(v => v.StockOnHand + v.Reserved), await db.Categories.CountAsync(),
        await db.AuditEntries.CountAsync(), await db.ProcessedWebhookEvents.CountAsync(), await db.StockAdjustments.CountAsync(), await db.StoredImages.CountAsync(),
        await db.Set<IdentityUser>().CountAsync(), await db.Set<IdentityUser>().SumAsync(u => u.AccessFailedCount),
        string.Join(",", await db.Set<IdentityUser>().OrderBy(u => u.Id).Select(u => u.SecurityStamp + u.PasswordHash).ToListAsync())));

    private HttpClient Bare() => factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static HttpContent? Body(string method, params (string Name, string Value)[] fields) =>
        method is "GET" or "HEAD" or "TRACE" ? null : new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static HttpRequestMessage Post(string url, params (string Name, string Value)[] fields) =>
        new(HttpMethod.Post, url) { Content = Body("POST", fields) };

    private static HttpRequestMessage WithCookie(HttpRequestMessage request, string cookie) => WithHeader(request, "Cookie", cookie);

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        if (name == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
