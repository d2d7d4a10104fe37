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

        try
        {
            // The order id as idempotency key: a retried request for the same order gets the same session, never a second one.
            var session = await _client.V1.Checkout.Sessions.CreateAsync(create, new RequestOptions { IdempotencyKey = request.OrderId.ToString() }, cancellationToken);
            return new CheckoutSession(session.Id, session.Url);
        }
        catch (Exception exception) when (exception is StripeException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new PaymentGatewayException("Stripe could not open a checkout session.", exception);
        }
    }

    public async Task<PaymentOutcome?> GetSessionOutcomeAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var session = await _client.V1.Checkout.Sessions.GetAsync(sessionId, cancellationToken: cancellationToken);
            return StripeSessionReader.Outcome(session, StripeSessionReader.KindOf(session));
        }
        catch (StripeException)
        {
            return null;
        }
    }

    public async Task ExpireSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await _client.V1.Checkout.Sessions.ExpireAsync(sessionId, cancellationToken: cancellationToken);
        }
        catch (StripeException)
        {
            // Already completed or expired: nothing left to close.
        }
    }

    public async Task<string> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            var refund = await _client.V1.Refunds.CreateAsync(
                new RefundCreateOptions { PaymentIntent = paymentReference, Amount = amount.ToCents() },
                new RequestOptions { IdempotencyKey = idempotencyKey },
                cancellationToken);
            return refund.Id;
        }
        catch (StripeException exception)
        {
            throw new PaymentGatewayException($"Stripe refused the refund: {exception.StripeError?.Message ?? exception.Message}", exception);
        }
    }

    /// <summary>Stripe shows product images only from public https URLs; local and SVG pictures are left out.</summary>
    private static List<string>? PublicImage(string? url) =>
        url is not null && url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            ? [url]
            : null;
}
