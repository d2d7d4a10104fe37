using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Storefront.Cluster;

/// <summary>Steps 2–7 of the cluster test; each answers its figure or throws <see cref="ClusterFailure"/>.</summary>
internal sealed partial class ClusterSteps(ClusterSettings settings, Func<Browser> throughProxy, Func<Uri, Browser> straightTo)
{
    private List<(string Slug, Guid VariantId, string Price)> _products = [];
    private (string Slug, Guid VariantId, string Price)? _repriced;

    /// <summary>Step 2: a cart filled across both instances, paid; cookies Secure, absolute links https on the proxy's host.</summary>
    public async Task<string> ShopperThroughProxyAsync()
    {
        var shopper = throughProxy();
        _products = await Shop.ProductsAsync(shopper, 4);
        var pages = new List<string> { (await shopper.GetAsync("/")).Body, (await shopper.GetAsync("/learn")).Body, (await shopper.GetAsync("/sitemap.xml")).Body };
        await Shop.AddToCartAsync(shopper, _products[0].VariantId);
        await Shop.AddToCartAsync(shopper, _products[1].VariantId);
        var cart = await Shop.Expect(shopper.GetAsync("/cart"), HttpStatusCode.OK);
        pages.Add(cart.Body);
        var checkout = await Shop.CheckoutAsync(shopper, cart.Document);
        var paymentUrl = checkout.Location ?? throw new ClusterFailure($"checkout answered {(int)checkout.Status}");
        var successUrl = await Shop.PayAsync(shopper, paymentUrl);
        var success = await Shop.Expect(shopper.GetAsync(successUrl), HttpStatusCode.OK);
        pages.Add(success.Body);
        if (!success.Body.Contains("your order is paid", StringComparison.Ordinal))
        {
            throw new ClusterFailure("the success page does not say the order is paid");
        }

        if (shopper.Upstreams.Count < 2)
        {
            throw new ClusterFailure($"the shopper's requests reached {shopper.Upstreams.Count} instance(s), not both");
        }

        var insecure = shopper.SetCookies.Where(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase)).ToList();
        if (insecure.Count > 0)
        {
            throw new ClusterFailure($"cookie without Secure: {insecure[0]}");
        }

        var email = await NewestEmailAsync();
        // The test gateway builds its payment page from the return URL the shop handed it, so that page's address shows the return URL.
        var links = pages.Append(email).SelectMany(OwnLinks).Append(paymentUrl).ToList();
        var wrong = links.Where(l => !l.StartsWith(settings.Proxy.GetLeftPart(UriPartial.Authority) + "/", StringComparison.Ordinal)).ToList();
        if (wrong.Count > 0 || !OwnLinks(email).Any())
        {
            throw new ClusterFailure($"{wrong.Count} own links not on https://{settings.Proxy.Authority}, e.g. {wrong.FirstOrDefault() ?? "(email has none)"}");
        }

        return $"cart filled on {shopper.Upstreams.Count} instances and paid; {shopper.SetCookies.Count} cookies all Secure; "
            + $"{links.Count} absolute links (pages, sitemap, payment return, email) all {settings.Proxy.GetLeftPart(UriPartial.Authority)}";
    }

    /// <summary>Step 3: an admin reprices on one instance; the other serves the new price within a second.</summary>
    public async Task<string> AdminPriceChangeReachesOtherInstanceAsync()
    {
        var admin = throughProxy();
        await Shop.SignInAsync(admin, settings.AdminEmail, settings.AdminPassword);
        var (slug, variantId, oldPrice) = _products[2];
        var visitor = throughProxy();
        for (var warm = 0; warm < 2; warm++)
        {
            await Shop.Expect(visitor.GetAsync(slug), HttpStatusCode.OK);
        }

        var editUrl = await Shop.AdminEditUrlAsync(admin, slug);
        var edit = await Shop.Expect(admin.GetAsync(editUrl), HttpStatusCode.OK);
        var form = edit.Document.QuerySelectorAll("form[action*='handler=UpdateVariant']")
            .FirstOrDefault(f => f.QuerySelector($"input[name='Variant.VariantId'][value='{variantId}']") is not null)
            ?? throw new ClusterFailure("no price form for the variant");
        var newPrice = decimal.Parse(oldPrice.TrimStart('$'), CultureInfo.InvariantCulture) + 1.11m;
        var saved = await admin.SubmitAsync(edit, $"#{form.Id}", ("Variant.Price", newPrice.ToString("0.00", CultureInfo.InvariantCulture)));
        var savedOn = saved.Upstream;
        if (saved.Status is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            throw new ClusterFailure($"saving the price answered {(int)saved.Status}");
        }

        var clock = Stopwatch.StartNew();
        var expected = newPrice.ToString("$0.00", CultureInfo.InvariantCulture);
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            var page = await Shop.Expect(throughProxy().GetAsync(slug), HttpStatusCode.OK);
            if (page.Upstream != savedOn && await Shop.PriceShownAsync(page, variantId) == expected)
            {
                _repriced = (slug, variantId, expected);
                return $"{oldPrice} -> {expected} saved on {savedOn}; {page.Upstream} served it after {clock.Elapsed.TotalMilliseconds:0} ms";
            }
        }

        throw new ClusterFailure($"the other instance did not show {expected} within one second");
    }

    /// <summary>Step 4: 40 concurrent checkouts through nginx for the last 5 units: exactly 5 get a payment page.</summary>
    public async Task<string> LastUnitsUnderConcurrentCheckoutsAsync()
    {
        var admin = throughProxy();
        await Shop.SignInAsync(admin, settings.AdminEmail, settings.AdminPassword);
        var (slug, variantId, _) = _products[3];
        await Shop.SetStockAsync(admin, await Shop.AdminEditUrlAsync(admin, slug), variantId, 5);
        var shoppers = Enumerable.Range(0, 40).Select(_ => throughProxy()).ToList();
        var carts = await Task.WhenAll(shoppers.Select(async s =>
        {
            await Shop.AddToCartAsync(s, variantId);
            return (await Shop.Expect(s.GetAsync("/cart"), HttpStatusCode.OK)).Document;
        }));
        var replies = await Task.WhenAll(shoppers.Select((s, i) => Shop.CheckoutAsync(s, carts[i])));
        var succeeded = replies.Count(r => r.Location?.Contains("/checkout/test-payment/", StringComparison.Ordinal) == true);
        var errors = replies.Count(r => (int)r.Status >= 500);
        var instances = replies.Select(r => r.Upstream).Distinct().Count();
        return succeeded == 5 && errors == 0
            ? $"40 checkouts over {instances} instances for 5 units: 5 reserved, 35 told it sold out, 0 errors"
            : throw new ClusterFailure($"{succeeded} of 40 checkouts succeeded for 5 units ({errors} server errors)");
    }

    /// <summary>Step 5: one instance SIGKILLed during a burst of purchases; every confirmed order stays paid, stock adds up.</summary>
    public async Task<string> InstanceKilledDuringPurchasesAsync()
    {
        const int start = 500;
        var admin = throughProxy();
        await Shop.SignInAsync(admin, settings.AdminEmail, settings.AdminPassword);
        var (slug, variantId, _) = _products[0];
        await Shop.SetStockAsync(admin, await Shop.AdminEditUrlAsync(admin, slug), variantId, start);
        var stockBefore = await StockAsync(variantId);
        var soldBefore = await SoldAsync(variantId);

        var confirmed = new ConcurrentBag<Guid>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var killedAt = TimeSpan.Zero;
        var burst = Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(8))
            {
                try
                {
                    confirmed.Add(await Shop.BuyAsync(throughProxy(), variantId));
                }
                catch (Exception exception) when (exception is ClusterFailure or HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var paidBeforeKill = confirmed.Count;
        Process.GetProcessById(settings.InstanceBPid).Kill();
        killedAt = clock.Elapsed;
        await burst;

        var notPaid = 0;
        foreach (var id in confirmed)
        {
            notPaid += await ScalarAsync<string>("SELECT Status FROM Orders WHERE Id = $id", ("$id", Key(id))) == "Paid" ? 0 : 1;
        }

        var (onHand, reserved) = await StockAsync(variantId);
        var sold = await SoldAsync(variantId) - soldBefore;
        var pending = await PendingAsync(variantId);
        var holds = onHand + sold == stockBefore.OnHand && reserved == pending;
        return notPaid == 0 && holds && confirmed.Count > paidBeforeKill
            ? $"instance killed at {killedAt.TotalSeconds:0.0} s; {confirmed.Count} purchases confirmed ({confirmed.Count - paidBeforeKill} after the kill), all paid; "
              + $"{failures} in flight failed; on hand {onHand - reserved} + reserved {reserved} + sold {sold} = {start}"
            : throw new ClusterFailure($"{notPaid} confirmed orders not paid; {confirmed.Count - paidBeforeKill} after the kill; "
              + $"on hand {onHand} (of which reserved {reserved}, pending {pending}) + sold {sold} vs start {stockBefore.OnHand}");
    }

    /// <summary>Step 6: Redis stopped under traffic: pages still right, ready is Degraded; Redis back: Healthy, caching again.</summary>
    public async Task<string> RedisStoppedDuringTrafficAsync()
    {
        var (slug, variantId, price) = _repriced ?? throw new ClusterFailure("step 3 did not reprice a product");
        var redisPid = int.Parse((await File.ReadAllTextAsync(settings.RedisPidFile)).Trim(), CultureInfo.InvariantCulture);
        var redis = Process.GetProcessById(redisPid);
        redis.Kill();
        await redis.WaitForExitAsync();

        var served = 0;
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            var started = Stopwatch.GetTimestamp();
            var page = await Shop.Expect(throughProxy().GetAsync(slug), HttpStatusCode.OK);
            await Shop.Expect(throughProxy().GetAsync("/shop"), HttpStatusCode.OK);
            slowest = Max(slowest, Stopwatch.GetElapsedTime(started));
            if (await Shop.PriceShownAsync(page, variantId) != price)
            {
                throw new ClusterFailure($"without Redis the product page showed {await Shop.PriceShownAsync(page, variantId)}, not {price}");
            }

            served += 2;
        }

        if (slowest > TimeSpan.FromSeconds(2))
        {
            throw new ClusterFailure($"without Redis a page took {slowest.TotalMilliseconds:0} ms");
        }

        var down = (await throughProxy().GetAsync("/health/ready")).Body;
        if (!down.Contains("Degraded", StringComparison.Ordinal))
        {
            throw new ClusterFailure($"/health/ready said {down} with Redis stopped");
        }

        // Its own pipes, not the driver's output: the script reads that to the end, and Redis outlives the driver.
        var restarted = Process.Start(new ProcessStartInfo("redis-server", [settings.RedisConfigFile])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new ClusterFailure("redis-server did not start");
        await File.AppendAllTextAsync(settings.PidsFile, $"{restarted.Id}\n");
        var back = Stopwatch.StartNew();
        while ((await throughProxy().GetAsync("/health/ready")).Body != "Healthy")
        {
            if (back.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new ClusterFailure("/health/ready did not report Healthy within 20 s of Redis returning");
            }

            await Task.Delay(200);
        }

        var healthyAfter = back.Elapsed;
        await throughProxy().GetAsync(slug);
        var keys = await RedisKeysAsync();
        return keys > 0
            ? $"Redis stopped: {served} pages answered 200 with the right price (slowest {slowest.TotalMilliseconds:0} ms), ready Degraded; "
              + $"restarted: Healthy after {healthyAfter.TotalSeconds:0.0} s, {keys} keys cached again"
            : throw new ClusterFailure("nothing was cached in Redis after it came back");
    }

    /// <summary>Step 7: X-Forwarded-* sent straight to an instance, not through nginx, change nothing.</summary>
    public async Task<string> SpoofedForwardedHeadersIgnoredAsync()
    {
        var spoofer = straightTo(settings.InstanceA);
        var login = await Shop.Expect(spoofer.GetAsync("/admin/login", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7")), HttpStatusCode.OK);
        if (login.SetCookies.Any(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ClusterFailure("a spoofed X-Forwarded-Proto made a cookie Secure");
        }

        var token = Shop.Token(login.Document);
        var firstRefused = 0;
        for (var attempt = 1; attempt <= 15 && firstRefused == 0; attempt++)
        {
            var reply = await spoofer.PostAsync("/admin/login",
                [new("Email", "nobody@storefront.local"), new("Password", "not the password"), new("__RequestVerificationToken", token)],
                ("X-Forwarded-For", $"198.51.100.{attempt}"));
            firstRefused = reply.Status == HttpStatusCode.TooManyRequests ? attempt : 0;
        }

        return firstRefused > 0
            ? $"15 sign-ins straight to {settings.InstanceA.Authority}, each with its own X-Forwarded-For: refused (429) from attempt {firstRefused}; "
              + "X-Forwarded-Proto https left cookies without Secure"
            : throw new ClusterFailure("15 sign-ins with spoofed X-Forwarded-For were never rate limited");
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task<string> NewestEmailAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var newest = Directory.Exists(settings.EmailDirectory)
                ? new DirectoryInfo(settings.EmailDirectory).GetFiles("*.eml").MaxBy(f => f.LastWriteTimeUtc)
                : null;
            if (newest is not null)
            {
                // Quoted-printable: join soft line breaks and decode '='.
                return (await File.ReadAllTextAsync(newest.FullName)).Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal)
                    .Replace("=3D", "=", StringComparison.Ordinal);
            }

            await Task.Delay(100);
        }

        throw new ClusterFailure("no confirmation email was written");
    }

    /// <summary>Absolute links in a page or email that point at this machine (the shop's own), wherever they point.</summary>
    private static IEnumerable<string> OwnLinks(string text) =>
        AbsoluteUrl().Matches(text).Select(m => m.Value).Where(u => u.Contains("://127.0.0.1", StringComparison.Ordinal) || u.Contains("://localhost", StringComparison.Ordinal));

    private async Task<int> RedisKeysAsync()
    {
        using var cli = Process.Start(new ProcessStartInfo("redis-cli", ["-p", settings.RedisPort.ToString(CultureInfo.InvariantCulture), "dbsize"]) { RedirectStandardOutput = true })!;
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return int.TryParse(output.Trim(), out var keys) ? keys : 0;
    }

    private async Task<(int OnHand, int Reserved)> StockAsync(Guid variantId) =>
        ((int)await ScalarAsync<long>("SELECT StockOnHand FROM ProductVariants WHERE Id = $id", ("$id", Key(variantId))),
         (int)await ScalarAsync<long>("SELECT Reserved FROM ProductVariants WHERE Id = $id", ("$id", Key(variantId))));

    private async Task<int> SoldAsync(Guid variantId) => (int)await ScalarAsync<long>(
        "SELECT COALESCE(SUM(l.Quantity), 0) FROM OrderLines l JOIN Orders o ON o.Id = l.OrderId WHERE l.VariantId = $id AND o.Status IN ('Paid', 'Shipped')",
        ("$id", Key(variantId)));

    private async Task<int> PendingAsync(Guid variantId) => (int)await ScalarAsync<long>(
        "SELECT COALESCE(SUM(l.Quantity), 0) FROM OrderLines l JOIN Orders o ON o.Id = l.OrderId WHERE l.VariantId = $id AND o.HoldsStock = 1",
        ("$id", Key(variantId)));

    // EF Core stores a Guid in SQLite as upper-case text.
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={settings.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync() ?? throw new ClusterFailure($"no row for {sql}"));
    }

    [GeneratedRegex("https?://[^\\s\"'<>)]+")]
    private static partial Regex AbsoluteUrl();
}
