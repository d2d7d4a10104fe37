using System.Net;
using AngleSharp.Html.Dom;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Resilience;

/// <summary>
/// One shopper of the crash drill, with Stripe's part played by the test: add a sock, check out, pay on the (fake)
/// payment page, and the signed webhook Stripe then sends, again until the shop answers 200. Where a crash cuts it
/// short, the next run carries on from the same step, as a shopper (and Stripe) would.
/// </summary>
internal sealed class DrillShopper(int number, IReadOnlyList<Guid> variants, FakeStripe stripe, int purchases, bool abandonsLast)
{
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
    private Step _step = Step.Add;
    private string? _token;
    private string? _sessionId;
    private string? _event;
    private int _failedDeliveries;

    private enum Step
    {
        Add,
        CheckOut,
        Pay,
        Deliver,
        Done,
    }

    /// <summary>Sessions paid at Stripe: each must end as exactly one paid order.</summary>
    public List<string> Paid { get; } = [];

    /// <summary>Paid sessions whose webhook the shop acknowledged (200) before the end of the run.</summary>
    public List<string> Confirmed { get; } = [];

    /// <summary>The session left unpaid on purpose, whose socks the sweeper must put back.</summary>
    public string? Abandoned { get; private set; }

    public bool Refused { get; private set; }

    /// <summary>Webhooks the shop answered with an error or never answered, so "Stripe" sent them again.</summary>
    public int Redeliveries { get; private set; }

    /// <summary>Answers a shopper must never get (a 5xx, or anything unexpected), with what was asked.</summary>
    public List<string> Wrong { get; } = [];

    /// <summary>Carries on until done or the shop goes away (the connection fails); <paramref name="confirmed"/> counts acknowledged payments.</summary>
    public async Task RunAsync(Uri shop, Action confirmed)
    {
        try
        {
            while (_step != Step.Done)
            {
                await NextAsync(shop, confirmed);
            }
        }
        catch (HttpRequestException)
        {
            // The shop was killed mid-request; the next run starts again from this step (Stripe sends a webhook again).
            Redeliveries += _step == Step.Deliver ? 1 : 0;
        }
    }

    private async Task NextAsync(Uri shop, Action confirmed)
    {
        switch (_step)
        {
            case Step.Add:
                var variant = variants[(number + Paid.Count) % variants.Count];
                var added = await PostAsync(shop, "/cart/add", ("VariantId", variant.ToString()), ("Quantity", (1 + (number % 2)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                _step = Expect(added, "/cart/add") ? Step.CheckOut : Step.Done;
                break;
            case Step.CheckOut:
                var checkout = await PostAsync(shop, "/checkout");
                var location = checkout.Headers.Location?.ToString() ?? string.Empty;
                if (!Expect(checkout, "/checkout") || !location.StartsWith("https://checkout.stripe.test/", StringComparison.Ordinal))
                {
                    // Sold out, or many shoppers at once: the cart says so and nothing is held.
                    Refused = true;
                    _step = Step.Done;
                    break;
                }

                _sessionId = location.Split('/').Last();
                if (abandonsLast && Paid.Count == purchases - 1)
                {
                    Abandoned = _sessionId;
                    _step = Step.Done;
                    break;
                }

                _step = Step.Pay;
                break;
            case Step.Pay:
                stripe.CompleteSession(_sessionId!);
                Paid.Add(_sessionId!);
                _event = StripeStorefrontFactory.Event("checkout.session.completed", stripe.Session(_sessionId!)).Json;
                _step = Step.Deliver;
                break;
            case Step.Deliver:
                var webhook = await DeliverAsync(shop);
                if (webhook.StatusCode != HttpStatusCode.OK)
                {
                    // Stripe sends it again; a shop that never takes it has lost the payment.
                    Redeliveries++;
                    if (++_failedDeliveries == 20)
                    {
                        Wrong.Add($"the webhook for {_sessionId} answered {(int)webhook.StatusCode} 20 times");
                        _step = Step.Done;
                    }

                    await Task.Delay(50);
                    break;
                }

                Confirmed.Add(_sessionId!);
                confirmed();
                _step = Paid.Count == purchases ? Step.Done : Step.Add;
                break;
        }
    }

    private bool Expect(HttpResponseMessage response, string what)
    {
        if (response.StatusCode == HttpStatusCode.SeeOther)
        {
            return true;
        }

        Wrong.Add($"{what} answered {(int)response.StatusCode}");
        return false;
    }

    private async Task<HttpResponseMessage> DeliverAsync(Uri shop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(shop, "/webhooks/stripe")) { Content = new StringContent(_event!, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", Stripe.EventUtility.GenerateSignatureHeader(_event!, StripeStorefrontFactory.WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        return await _client.SendAsync(request);
    }

    /// <summary>Posts as the shop's pages do: with this browser's antiforgery token, except adds to the cart.</summary>
    private async Task<HttpResponseMessage> PostAsync(Uri shop, string path, params (string Name, string Value)[] fields)
    {
        if (path != "/cart/add")
        {
            _token ??= await TokenAsync(shop);
            fields = [.. fields, ("__RequestVerificationToken", _token)];
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(shop, path))
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await _client.SendAsync(request);
    }

    private async Task<string> TokenAsync(Uri shop)
    {
        var page = await Html.ParseAsync(await _client.GetStringAsync(new Uri(shop, "/cart")));
        return ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
    }
}
