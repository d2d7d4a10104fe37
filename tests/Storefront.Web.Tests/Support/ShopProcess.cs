using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// The shop as a real process (<c>dotnet Storefront.Web.dll</c>) on 127.0.0.1 and a free port, over a SQLite file,
/// with Stripe pointed at a <see cref="FakeStripe"/>: what a crash does to it cannot be staged inside the test process.
/// </summary>
public sealed class ShopProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ShopProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string OutputTail => string.Join('\n', _output.TakeLast(40));

    public static async Task<ShopProcess> StartAsync(string dataDirectory, FakeStripe stripe)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Storefront.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__SqlitePath"] = Path.Combine(dataDirectory, "storefront.db");
        start.Environment["Email__PickupDirectory"] = Path.Combine(dataDirectory, "emails");
        start.Environment["Stripe__SecretKey"] = "sk_test_fake";
        start.Environment["Stripe__WebhookSecret"] = StripeStorefrontFactory.WebhookSecret;
        start.Environment["Stripe__ApiBase"] = stripe.BaseUrl;
        start.Environment["Checkout__PublicBaseUrl"] = StripeStorefrontFactory.PublicBaseUrl;
        // Every drill shopper comes from 127.0.0.1: the per-client limits would take them for one hoarder.
        start.Environment["RateLimits__CartWritesPerMinute"] = "100000";
        start.Environment["RateLimits__CheckoutsPerMinute"] = "100000";
        start.Environment["RateLimits__PaymentChecksPerMinute"] = "100000";
        start.Environment["Checkout__MaxUnpaidOrdersPerClient"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var shop = new ShopProcess(process, address);
        process.OutputDataReceived += (_, e) => shop.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => shop.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await shop.WaitUntilReadyAsync();
        return shop;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as when the machine loses power or the kernel kills it.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a container runtime stops it; answers the exit code once it has shut down.</summary>
    public async Task<int> StopAsync()
    {
        await TerminateAsync();
        return await ExitCodeAsync();
    }

    /// <summary>Waits for the process to end (after <see cref="TerminateAsync"/>, say) and answers its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <summary>Sends SIGTERM once and returns at once; the shop shuts down in its own time (a second SIGTERM would kill it).</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits until the shop writes a line containing <paramref name="text"/> (or exits, which fails).</summary>
    public async Task WaitForOutputAsync(string text)
    {
        var giveUp = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            Assert.False(_process.HasExited, $"The shop exited before writing \"{text}\":\n{OutputTail}");
            Assert.True(giveUp.Elapsed < TimeSpan.FromMinutes(1), $"The shop did not write \"{text}\":\n{OutputTail}");
            await Task.Delay(20);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient();
        var giveUp = Stopwatch.StartNew();
        while (true)
        {
            Assert.True(giveUp.Elapsed < TimeSpan.FromMinutes(2), $"The shop did not become ready:\n{OutputTail}");
            Assert.False(_process.HasExited, $"The shop exited during start with {(_process.HasExited ? _process.ExitCode : 0)}:\n{OutputTail}");
            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
