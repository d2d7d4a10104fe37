using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Storefront.Cluster;

// Drives a running cluster (two instances, one SQLite file, Redis, nginx with TLS) through the steps 2–7 and
// prints one line per step: "PASS step N: figure" or "FAIL step N: reason". Exit code = number of failed steps.
var settings = ClusterSettings.FromEnvironment();
var certificate = X509CertificateLoader.LoadCertificateFromFile(settings.CertificateFile);
using var proxyHandler = new SocketsHttpHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
    MaxConnectionsPerServer = 64,
    // The client accepts exactly the proxy's self-signed certificate, nothing else.
    SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
};
using var proxy = new HttpClient(proxyHandler) { Timeout = TimeSpan.FromSeconds(30) };
using var directHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
using var direct = new HttpClient(directHandler) { Timeout = TimeSpan.FromSeconds(30) };

var steps = new ClusterSteps(settings, () => new Browser(proxy, settings.Proxy), url => new Browser(direct, url));
var failed = 0;
foreach (var (number, step) in new (int, Func<Task<string>>)[]
{
    (2, steps.ShopperThroughProxyAsync),
    (3, steps.AdminPriceChangeReachesOtherInstanceAsync),
    (4, steps.LastUnitsUnderConcurrentCheckoutsAsync),
    (5, steps.InstanceKilledDuringPurchasesAsync),
    (6, steps.RedisStoppedDuringTrafficAsync),
    (7, steps.SpoofedForwardedHeadersIgnoredAsync),
})
{
    var clock = Stopwatch.StartNew();
    try
    {
        var figure = await step();
        Console.WriteLine($"PASS step {number}: {figure} ({clock.Elapsed.TotalSeconds:0.0} s)");
    }
    catch (Exception exception) when (exception is ClusterFailure or HttpRequestException or TaskCanceledException or InvalidOperationException)
    {
        failed++;
        Console.WriteLine($"FAIL step {number}: {exception.Message}");
    }
}

return failed;
