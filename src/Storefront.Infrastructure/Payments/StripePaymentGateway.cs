using Microsoft.Extensions.Options;
using Storefront.Application.Payments;
using Storefront.Domain.Common;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Infrastructure.Payments;

/// <summary>Stripe Checkout: one hosted payment page per order, priced in cents from the order's own snapshot.</summary>
internal sealed class StripePaymentGateway(HttpClient http, IOptions<StripeOptions> options) : IPaymentGateway
{
    private readonly StripeClient _client = new(new StripeClientOptions
    {
        ApiKey = options.Value.SecretKey,
        ApiBase = string.IsNullOrWhiteSpace(options.Value.ApiBase) ? null : options.Value.ApiBase,
        HttpClient = new SystemNetHttpClient(http),
    });

    public PaymentGatewayKind Kind => PaymentGatewayKind.Stripe;

    public string? UnavailableReason => null;

    public async Task<CheckoutSession> CreateCheckoutSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken)
    {
        var stripe = options.Value;
        var currency = request.Shipping.Currency.ToLowerInvariant();
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.OrderId.ToString(),
            Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString(), ["order_number"] = request.OrderNumber },
            PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString(), ["order_number"] = request.OrderNumber },
            },
            LineItems = request.Lines.Select(line => new SessionLineItemOptions
            {
                Quantity = line.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = currency,
                    UnitAmount = line.UnitPrice.ToCents(),
                    ProductData = new SessionLineItemPriceDataProductDataOptions
                    {
                        Name = line.Name,
                        Description = line.Description,
                        Images = PublicImage(line.ImageUrl),
                    },
                },
            }).ToList(),
            ShippingAddressCollection = new SessionShippingAddressCollectionOptions { AllowedCountries = ["US"] },
            ShippingOptions =
            [
                new SessionShippingOptionOptions
                {
                    ShippingRateData = new SessionShippingOptionShippingRateDataOptions
                    {
                        Type = "fixed_amount",
                        DisplayName = request.ShippingLabel,
                        FixedAmount = new SessionShippingOptionShippingRateDataFixedAmountOptions { Amount = request.Shipping.ToCents(), Currency = currency },
                        DeliveryEstimate = new SessionShippingOptionShippingRateDataDeliveryEstimateOptions
                        {
                            Minimum = new SessionShippingOptionShippingRateDataDeliveryEstimateMinimumOptions { Unit = "business_day", Value = stripe.DeliveryDaysMin },
                            Maximum = new SessionShippingOptionShippingRateDataDeliveryEstimateMaximumOptions { Unit = "business_day", Value = stripe.DeliveryDaysMax },
                        },
                    },
                },
            ],
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            CustomText = request.HeldUntil is { } heldUntil
                ? new SessionCustomTextOptions { Submit = new SessionCustomTextSubmitOptions { Message = $"Your socks are held for you until {heldUntil.UtcDateTime:HH:mm} UTC." } }
                : null,
        };

        // The order id as idempotency key: a retried request for the same order gets the same session, never a second one.
        var session = await CallAsync("open a checkout session", token => _client.V1.Checkout.Sessions.CreateAsync(
            create, new RequestOptions { IdempotencyKey = request.OrderId.ToString() }, token), cancellationToken);
        return new CheckoutSession(session.Id, session.Url);
    }

    public async Task<PaymentOutcome?> GetSessionOutcomeAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var session = await CallAsync("read a checkout session", token => _client.V1.Checkout.Sessions.GetAsync(sessionId, cancellationToken: token), cancellationToken);
            return StripeSessionReader.Outcome(session, StripeSessionReader.KindOf(session));
        }
        catch (PaymentGatewayException)
        {
            // Not known or not answering: the webhook brings the outcome.
            return null;
        }
    }

    public async Task ExpireSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("expire a checkout session", token => _client.V1.Checkout.Sessions.ExpireAsync(sessionId, cancellationToken: token), cancellationToken);
        }
        catch (PaymentGatewayException)
        {
            // Already completed or expired, or Stripe is away: the session then expires by itself, and its order is cancelled already.
        }
    }

    public async Task<string> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        var refund = await CallAsync("refund the payment", token => _client.V1.Refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = paymentReference, Amount = amount.ToCents() },
            new RequestOptions { IdempotencyKey = idempotencyKey },
            token), cancellationToken);
        return refund.Id;
    }

    /// <summary>
    /// One call to Stripe, Stripe.net's own retries included, within <see cref="StripeOptions.RequestTimeout"/>: a shopper
    /// or an admin waits that long at most, and gets a message they can read.
    /// </summary>
    private async Task<T> CallAsync<T>(string what, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.RequestTimeout);
        try
        {
            return await call(deadline.Token);
        }
        catch (StripeException exception)
        {
            throw new PaymentGatewayException($"Stripe refused to {what}: {exception.StripeError?.Message ?? exception.Message}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new PaymentGatewayException($"Stripe could not be reached to {what}.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PaymentGatewayException($"Stripe did not answer within {options.Value.RequestTimeout.TotalSeconds:0} seconds to {what}.", exception);
        }
    }

    /// <summary>Stripe shows product images only from public https URLs; local and SVG pictures are left out.</summary>
    private static List<string>? PublicImage(string? url) =>
        url is not null && url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            ? [url]
            : null;
}
