using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>On Kestrel itself, as in production: the in-memory test server does not enforce body size limits.</summary>
public sealed class WebhookPayloadLimitTests
{
    [Fact]
    public async Task A_chunked_webhook_body_past_the_limit_is_refused_with_413_and_records_nothing()
    {
        await using var app = new StorefrontFactory();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };

        var content = new StreamContent(new MemoryStream(new byte[1024 * 1024]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Stripe-Signature", "t=1,v1=forged");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await app.WithDbAsync(db => Task.FromResult(db.ProcessedWebhookEvents.ToList())));
    }
}
