using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Application.Carts;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;

namespace Storefront.Application.Checkout.StartCheckout;

public sealed partial class StartCheckoutCommandHandler(
    IStorefrontDbContext db,
    IPaymentGateway gateway,
    ShippingPolicy shipping,
    CheckoutOptions options,
    IClock clock,
    ILogger<StartCheckoutCommandHandler> logger) : ICommandHandler<StartCheckoutCommand, StartCheckoutResult>
{
    private sealed record Placed(Order? Order, string? Problem, IReadOnlyList<string>? ReplacedSessions = null);

    public async ValueTask<StartCheckoutResult> Handle(StartCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (gateway.Kind == PaymentGatewayKind.Unavailable)
        {
            LogCheckoutClosed(logger, gateway.UnavailableReason);
            return StartCheckoutResult.Refused("Checkout is closed at the moment: the shop cannot take payments yet. Nothing was charged; please try again later.");
        }

        var placed = await ConcurrencyRetry.RunAsync(db, () => PlaceOrderAsync(command.CartId, cancellationToken),
            new Placed(null, "Many shoppers are checking out right now. Nothing was reserved or charged; please try again."));
        if (placed.Order is not { } order)
        {
            return StartCheckoutResult.Refused(placed.Problem!);
        }

        await PendingCheckouts.ExpireAsync(gateway, placed.ReplacedSessions ?? [], cancellationToken);

        var baseUrl = options.BaseUrl(command.RequestBaseUrl);
        var sessionExpiresAt = clock.UtcNow + options.SessionLifetime;
        CheckoutSession session;
        try
        {
            session = await gateway.CreateCheckoutSessionAsync(SessionRequest(order, baseUrl, sessionExpiresAt), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogGatewayFailed(logger, exception, order.Number);
            await EndAsync(order.Id, o => o.MarkPaymentFailed("The payment provider could not be reached.", clock.UtcNow), cancellationToken);
            return StartCheckoutResult.Refused("We could not reach the payment provider, so your socks were not reserved and nothing was charged. Please try again in a moment.");
        }

        await ConcurrencyRetry.RunAsync(db, async () =>
        {
            var current = await db.Orders.Include(o => o.Events).FirstAsync(o => o.Id == order.Id, cancellationToken);
            current.AttachPaymentSession(session.SessionId, sessionExpiresAt + options.ReservationGrace, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, false);
        return StartCheckoutResult.GoTo(session.Url);
    }

    /// <summary>Re-prices the cart from the catalog and, in one save, creates the order and reserves its stock.</summary>
    private async Task<Placed> PlaceOrderAsync(Guid? cartId, CancellationToken cancellationToken)
    {
        var cart = cartId is { } id ? await db.Carts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (cart is null || cart.IsEmpty)
        {
            return new Placed(null, "Your cart is empty. Add some socks before checking out.");
        }

        // A shopper who came back from the payment page must not be blocked by their own earlier reservation.
        var replaced = await PendingCheckouts.CancelAsync(db, cart.Id, "Replaced by a newer checkout from the same cart.", clock.UtcNow, cancellationToken);
        var catalog = await CatalogStock.LoadAsync(db, cart.Lines.Select(l => l.VariantId).ToList(), tracked: true, cancellationToken);
        var priced = PricedCart.Price(cart, catalog, shipping);
        if (priced.HasChangesToReview)
        {
            return new Placed(null, "Your cart changed since you last saw it: " + string.Join(" ", priced.Notices) + " Please review your cart, then check out again.");
        }

        var items = priced.Lines.Select(l => new OrderItem(
            l.Stocked!.Variant.Id, l.Stocked.Product.Name, l.Stocked.VariantName, l.Stocked.Variant.Sku, l.Stocked.ImageUrl, l.UnitPrice, l.Line.Quantity)).ToList();
        var now = clock.UtcNow;
        var order = Order.Place(cart.Id, items, shipping, now, now + options.SessionLifetime + options.ReservationGrace);
        try
        {
            foreach (var line in priced.Lines)
            {
                line.Stocked!.Variant.Reserve(line.Line.Quantity);
            }
        }
        catch (DomainException soldOut)
        {
            return new Placed(null, $"Sorry — {soldOut.Message} Please review your cart.");
        }

        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return new Placed(order, null, replaced);
    }

    private async Task EndAsync(Guid orderId, Func<Order, bool> end, CancellationToken cancellationToken) =>
        await ConcurrencyRetry.RunAsync(db, async () =>
        {
            var order = await db.Orders.Include(o => o.Lines).Include(o => o.Events).FirstAsync(o => o.Id == orderId, cancellationToken);
            if (end(order))
            {
                await OrderStock.ReleaseAsync(db, order, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, false);

    private static CheckoutSessionRequest SessionRequest(Order order, string baseUrl, DateTimeOffset expiresAt) => new(
        order.Id,
        order.Number,
        order.Lines.Select(l => new CheckoutSessionLine(
            l.ProductName,
            $"{l.VariantName} · {l.Sku}",
            l.ImageUrl.StartsWith('/') ? baseUrl + l.ImageUrl : l.ImageUrl,
            l.UnitPrice,
            l.Quantity)).ToList(),
        order.ShippingCost,
        order.ShippingCost.Amount == 0m ? "Free shipping" : "Standard shipping",
        baseUrl + "/checkout/success?session_id={CHECKOUT_SESSION_ID}",
        baseUrl + "/cart",
        expiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checkout refused: {Reason}")]
    private static partial void LogCheckoutClosed(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The payment gateway failed to open a session for order {Number}; its reservation is released")]
    private static partial void LogGatewayFailed(ILogger logger, Exception exception, string number);
}
