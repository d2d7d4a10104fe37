using Mediator;
using Microsoft.AspNetCore.Mvc;
using Storefront.Application.Checkout.FulfilOrder;
using Storefront.Application.Payments;
using Storefront.Web.Http;

namespace Storefront.Web.Endpoints;

public static class StripeWebhookEndpoints
{
    private const int MaxPayloadBytes = 512 * 1024;

    /// <summary>
    /// POST /webhooks/stripe: the raw body is verified against Stripe-Signature before anything else; a bad or missing
    /// signature, or a signed payload that is not an event, answers 400 and changes nothing. No antiforgery: Stripe's signature is the proof of origin.
    /// </summary>
    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/stripe", async (HttpRequest request, IPaymentWebhookReader reader, IMediator mediator, CancellationToken cancellationToken) =>
        {
            if (request.ContentLength > MaxPayloadBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The webhook payload is too large.");
            }

            using var body = new StreamReader(request.Body);
            var payload = await body.ReadToEndAsync(cancellationToken);
            PaymentWebhook webhook;
            try
            {
                webhook = reader.Read(payload, request.Headers["Stripe-Signature"].ToString());
            }
            catch (RefusedWebhookException refused)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: refused.Message);
            }

            if (webhook.Outcome is null)
            {
                return Results.Ok(new { received = webhook.EventType, handled = false });
            }

            // 200 only once the event's effect is saved with its id. A failure to save escapes as a 5xx, so Stripe sends it again.
            var result = await mediator.Send(
                new FulfilOrderCommand(webhook.Outcome, webhook.EventId, webhook.EventType, request.PublicBaseUrl()), cancellationToken);
            return Results.Ok(new { received = webhook.EventType, handled = true, result = result.ToString() });
        })
        .DisableAntiforgery()
        // Kestrel stops a body past the limit while it is read, also when it comes chunked without a Content-Length.
        .WithMetadata(new RequestSizeLimitAttribute(MaxPayloadBytes));
        return app;
    }
}
