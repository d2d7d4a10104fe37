using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// A small stand-in for api.stripe.com on 127.0.0.1: answers Checkout Session create/retrieve and refunds in Stripe's
/// JSON shape and records every request, so tests can assert exactly what the shop sent to Stripe.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _sessions = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _idempotent = new();

    private FakeStripe(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>When set, session creation answers this HTTP status with a Stripe error.</summary>
    public int? FailCreateWith { get; set; }

    /// <summary>When set, session creation and refunds never answer (until the caller gives up), as when Stripe is slow or down.</summary>
    public bool Hang { get; set; }

    private TaskCompletionSource? _hold;
    private int _held;

    /// <summary>Session creations waiting in <see cref="HoldSessions"/> right now.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>Session creations wait, unanswered, until <see cref="ReleaseSessions"/>: requests to the shop stay in flight.</summary>
    public void HoldSessions() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseSessions() => _hold?.TrySetResult();

    /// <summary>When set, refunds answer this HTTP status with a Stripe error.</summary>
    public int? FailRefundWith { get; set; }

    public IReadOnlyList<RecordedRequest> SessionCreations => Requests.Where(r => r.Method == "POST" && r.Path == "/v1/checkout/sessions").ToList();

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeStripe(app);
        app.MapPost("/v1/checkout/sessions", fake.CreateSessionAsync);
        app.MapGet("/v1/checkout/sessions/{id}", fake.GetSession);
        app.MapPost("/v1/checkout/sessions/{id}/expire", fake.ExpireSession);
        app.MapPost("/v1/refunds", fake.RefundAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return fake;
    }

    /// <summary>Makes a created session look completed on Stripe's side (as after the shopper paid).</summary>
    public void CompleteSession(string sessionId, string paymentStatus = "paid", long? amountTotal = null)
    {
        var session = _sessions[sessionId];
        session["status"] = "complete";
        session["payment_status"] = paymentStatus;
        session["payment_intent"] = "pi_" + sessionId;
        session["amount_total"] = amountTotal ?? (long)session["amount_total"]!;
        session["customer_details"] = new Dictionary<string, object?> { ["email"] = "shopper@example.com" };
        session["collected_information"] = new Dictionary<string, object?>
        {
            ["shipping_details"] = new Dictionary<string, object?>
            {
                ["name"] = "Ann Shopper",
                ["address"] = new Dictionary<string, object?> { ["line1"] = "1 Main St", ["city"] = "Springfield", ["state"] = "IL", ["postal_code"] = "62701", ["country"] = "US" },
            },
        };
    }

    /// <summary>The session as Stripe would put it in an event's data.object.</summary>
    public Dictionary<string, object?> Session(string sessionId) => new(_sessions[sessionId]);

    private async Task<IResult> CreateSessionAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var recorded = Record(request, form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        await HangWhenAskedAsync(request);
        if (_hold is { } hold)
        {
            Interlocked.Increment(ref _held);
            await hold.Task;
            Interlocked.Decrement(ref _held);
        }

        if (FailCreateWith is { } status)
        {
            return Results.Json(new { error = new { type = "api_error", message = "Stripe is having a bad day." } }, statusCode: status);
        }

        var id = "cs_test_" + Guid.NewGuid().ToString("N");
        var fields = recorded.Form;
        long total = 0;
        for (var i = 0; fields.ContainsKey($"line_items[{i}][quantity]"); i++)
        {
            total += long.Parse(fields[$"line_items[{i}][price_data][unit_amount]"]) * long.Parse(fields[$"line_items[{i}][quantity]"]);
        }

        total += long.Parse(fields["shipping_options[0][shipping_rate_data][fixed_amount][amount]"]);
        var session = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["mode"] = "payment",
            ["status"] = "open",
            ["payment_status"] = "unpaid",
            ["url"] = $"https://checkout.stripe.test/c/pay/{id}",
            ["amount_total"] = total,
            ["currency"] = fields.GetValueOrDefault("line_items[0][price_data][currency]"),
            ["client_reference_id"] = fields.GetValueOrDefault("client_reference_id"),
            ["metadata"] = new Dictionary<string, string?> { ["order_id"] = fields.GetValueOrDefault("metadata[order_id]") },
            ["expires_at"] = long.Parse(fields["expires_at"]),
            ["livemode"] = false,
        };
        // As Stripe does: a request repeated with its idempotency key gets the first answer back.
        var first = string.IsNullOrEmpty(recorded.IdempotencyKey) ? session : _idempotent.GetOrAdd(recorded.IdempotencyKey, session);
        _sessions.TryAdd((string)first["id"]!, first);
        return Results.Json(first);
    }

    private IResult GetSession(HttpRequest request, string id)
    {
        Record(request, []);
        return _sessions.TryGetValue(id, out var session)
            ? Results.Json(session)
            : Results.Json(new { error = new { type = "invalid_request_error", message = $"No such checkout.session: '{id}'" } }, statusCode: 404);
    }

    private IResult ExpireSession(HttpRequest request, string id)
    {
        Record(request, []);
        if (!_sessions.TryGetValue(id, out var session))
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = $"No such checkout.session: '{id}'" } }, statusCode: 404);
        }

        session["status"] = "expired";
        return Results.Json(session);
    }

    private async Task<IResult> RefundAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var recorded = Record(request, form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        await HangWhenAskedAsync(request);
        if (FailRefundWith is { } status)
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = "This charge has already been refunded." } }, statusCode: status);
        }

        return Results.Json(new { id = "re_" + Guid.NewGuid().ToString("N"), @object = "refund", amount = long.Parse(recorded.Form["amount"]), status = "succeeded" });
    }

    private async Task HangWhenAskedAsync(HttpRequest request)
    {
        if (Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The shop gave up waiting, which is what the test is after.
            }
        }
    }

    private RecordedRequest Record(HttpRequest request, Dictionary<string, string> form)
    {
        var recorded = new RecordedRequest(
            request.Method,
            request.Path.Value ?? string.Empty,
            form,
            request.Headers["Idempotency-Key"].ToString(),
            request.Headers.Authorization.ToString());
        Requests.Enqueue(recorded);
        return recorded;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string Path, Dictionary<string, string> Form, string IdempotencyKey, string Authorization)
{
    public string this[string field] => Form[field];
}
