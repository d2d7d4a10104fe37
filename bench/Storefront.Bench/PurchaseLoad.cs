using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Storefront.Bench;

/// <summary>
/// Concurrent shoppers each buying socks as a browser would: add to cart, open the cart, check out, open the test
/// payment page, pay, see the success page. Each purchase is a new shopper (own cookies). Prints orders per second
/// and latency per step; writes the ids of the orders the success page confirmed as paid.
/// </summary>
internal static partial class PurchaseLoad
{
    private static readonly string[] Steps = ["add", "cart", "checkout", "payment page", "pay", "success"];

    /// <summary>
    /// Runs the load for <paramref name="warmUp"/> unmeasured, then <paramref name="rounds"/> measured rounds in the same
    /// process, so neither the shop nor this client is measured while its JIT is still recompiling. Each round prints
    /// its orders per second, its latency per step and the shop's CPU per order and RSS (read from the shop's process).
    /// </summary>
    public static async Task<int> RunAsync(
        Uri baseUrl, int shoppers, TimeSpan warmUp, TimeSpan duration, int rounds, string snapshot, string confirmedFile, int shopProcessId)
    {
        var variants = JsonSerializer.Deserialize<Dictionary<Guid, int>>(await File.ReadAllTextAsync(snapshot))!.Keys.ToArray();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = shoppers, UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        using var shop = Process.GetProcessById(shopProcessId);
        var confirmed = new List<Guid>();
        var rates = new List<double>();

        if (warmUp > TimeSpan.Zero)
        {
            var warm = await LoadAsync(http, variants, shoppers, warmUp);
            confirmed.AddRange(warm.Confirmed);
            Console.WriteLine($"warm-up: {warm.Seconds:0} s, {warm.Confirmed.Count} orders paid, {warm.Failures.Values.Sum()} failed");
        }

        for (var round = 0; round < rounds; round++)
        {
            shop.Refresh();
            var cpuBefore = shop.TotalProcessorTime;
            var result = await LoadAsync(http, variants, shoppers, duration);
            shop.Refresh();
            confirmed.AddRange(result.Confirmed);
            rates.Add(result.Confirmed.Count / result.Seconds);
            Print(result, shoppers);
            var cpuPerOrder = (shop.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, result.Confirmed.Count);
            Console.WriteLine($"  app CPU: {cpuPerOrder:0.00} ms per order; RSS {shop.WorkingSet64 / 1048576.0:0.0} MB");
        }

        if (rounds > 1)
        {
            Console.WriteLine($"purchase, median of {rounds} rounds: {rates.Order().ElementAt((rounds - 1) / 2):0} orders/s");
        }

        await File.WriteAllLinesAsync(confirmedFile, confirmed.Select(id => id.ToString()));
        return 0;
    }

    private static async Task<LoadResult> LoadAsync(HttpClient http, Guid[] variants, int shoppers, TimeSpan duration)
    {
        var timings = Steps.ToDictionary(s => s, _ => new ConcurrentBag<double>());
        var confirmed = new ConcurrentBag<Guid>();
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, shoppers).Select(async shopper =>
        {
            var random = new Random(shopper);
            while (clock.Elapsed < duration)
            {
                try
                {
                    var orderId = await BuyAsync(http, variants[random.Next(variants.Length)], random.Next(1, 3), timings);
                    confirmed.Add(orderId);
                }
                catch (PurchaseFailed failed)
                {
                    failures.AddOrUpdate(failed.Message, 1, (_, n) => n + 1);
                }
            }
        }));

        return new LoadResult(clock.Elapsed.TotalSeconds, [.. confirmed], timings, failures);
    }

    private static void Print(LoadResult result, int shoppers)
    {
        Console.WriteLine($"purchase: {shoppers} shoppers, {result.Seconds:0.0} s, {result.Confirmed.Count} orders paid, {result.Confirmed.Count / result.Seconds:0} orders/s, {result.Failures.Values.Sum()} failed");
        foreach (var step in Steps)
        {
            var sorted = result.Timings[step].Order().ToArray();
            Console.WriteLine($"  {step,-13} p50 {Percentile(sorted, 0.50),7:0.0} ms   p99 {Percentile(sorted, 0.99),7:0.0} ms   ({sorted.Length} requests)");
        }

        foreach (var (reason, count) in result.Failures)
        {
            Console.WriteLine($"  failed x{count}: {reason}");
        }
    }

    private static async Task<Guid> BuyAsync(HttpClient http, Guid variantId, int quantity, Dictionary<string, ConcurrentBag<double>> timings)
    {
        var cookies = new Dictionary<string, string>();
        await SendAsync(http, timings["add"], cookies, HttpMethod.Post, "/cart/add", [new("VariantId", variantId.ToString()), new("Quantity", quantity.ToString())], HttpStatusCode.SeeOther);
        var cart = await SendAsync(http, timings["cart"], cookies, HttpMethod.Get, "/cart", null, HttpStatusCode.OK);
        var token = Token(cart);
        var checkout = await SendAsync(http, timings["checkout"], cookies, HttpMethod.Post, "/checkout", [new("__RequestVerificationToken", token)], HttpStatusCode.SeeOther);
        var paymentUrl = checkout.Headers.Location?.ToString() ?? throw new PurchaseFailed("checkout gave no payment page");
        if (!paymentUrl.Contains("/checkout/test-payment/", StringComparison.Ordinal))
        {
            throw new PurchaseFailed($"checkout sent the shopper to {paymentUrl.Split('?')[0]}");
        }

        var page = await SendAsync(http, timings["payment page"], cookies, HttpMethod.Get, paymentUrl, null, HttpStatusCode.OK);
        var pay = await SendAsync(http, timings["pay"], cookies, HttpMethod.Post, paymentUrl + "?handler=Pay",
        [
            new("__RequestVerificationToken", Token(page)), new("Name", "Load Shopper"), new("Line1", "1 Bench St"), new("City", "Springfield"),
            new("State", "IL"), new("PostalCode", "62701"), new("Email", "load@example.com"),
        ], HttpStatusCode.SeeOther);
        var success = await SendAsync(http, timings["success"], cookies, HttpMethod.Get, pay.Headers.Location!.ToString(), null, HttpStatusCode.OK);
        var body = await success.Content.ReadAsStringAsync();
        return body.Contains("Paid", StringComparison.Ordinal) || body.Contains("paid", StringComparison.Ordinal)
            ? Guid.Parse(paymentUrl.Split('/')[^1].Split('?')[0])
            : throw new PurchaseFailed("the success page did not say paid");
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, ConcurrentBag<double> timing, Dictionary<string, string> cookies, HttpMethod method, string url, KeyValuePair<string, string>[]? form, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var started = Stopwatch.GetTimestamp();
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        timing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        return response.StatusCode == expected ? response : throw new PurchaseFailed($"{method} {url.Split('?')[0].Split('/')[1]}… answered {(int)response.StatusCode}");
    }

    private static string Token(HttpResponseMessage response)
    {
        var html = response.Content.ReadAsStringAsync().Result;
        return TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new PurchaseFailed("no antiforgery token on the page");
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed class PurchaseFailed(string message) : Exception(message);

    private sealed record LoadResult(
        double Seconds, List<Guid> Confirmed, Dictionary<string, ConcurrentBag<double>> Timings, ConcurrentDictionary<string, int> Failures);
}
