using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Storefront.Application.Carts;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Carts;
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
    private static readonly Func<DbContext, string, Guid, IAsyncEnumerable<DateTimeOffset?>> HoldsElsewhere = EF.CompileAsyncQuery(
        (DbContext db, string clientKey, Guid cartId) => db.Set<Order>().AsNoTracking()
            .Where(o => o.ClientKey == clientKey && o.Status == OrderStatus.PendingPayment && o.HoldsStock && o.CartId != cartId)
            .Select(o => o.ReservationExpiresAt));

    private sealed record Placed(Order? Order, string? Problem, IReadOnlyList<string>? ReplacedSessions = null);

    public async ValueTask<StartCheckoutResult> Handle(StartCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (gateway.Kind == PaymentGatewayKind.Unavailable)
        {
            LogCheckoutClosed(logger, gateway.UnavailableReason);
            return StartCheckoutResult.Refused("Checkout is closed at the moment: the shop cannot take payments yet. Nothing was charged; please try again later.");
        }

        Placed placed;
        try
        {
            placed = await ConcurrencyRetry.RunAsync(db, logger, $"checkout of cart {command.CartId}", () => PlaceOrderAsync(command.CartId, command.ClientKey, cancellationToken), cancellationToken);
        }
        catch (RetriesExhaustedException)
        {
            return StartCheckoutResult.Refused("Many shoppers are checking out right now. Nothing was reserved or charged; please try again.");
        }

        if (placed.Order is not { } order)
        {
            return StartCheckoutResult.Refused(placed.Problem!);
        }

        await PendingCheckouts.ExpireAsync(gateway, placed.ReplacedSessions ?? [], cancellationToken);

        var baseUrl = options.BaseUrl(command.RequestBaseUrl);
        // From the order, not the clock: asking again for the same order sends the same request, so the provider's
        // idempotency key gives back the same session instead of refusing a changed one.
        var sessionExpiresAt = order.CreatedAt + options.SessionLifetime;
        CheckoutSession session;
        try
        {
            session = await gateway.CreateCheckoutSessionAsync(SessionRequest(order, baseUrl, sessionExpiresAt), cancellationToken);
        }
        catch (PaymentGatewayException exception)
        {
            LogGatewayFailed(logger, exception, order.Number);
            await ReleaseAsync(order, cancellationToken);
            return StartCheckoutResult.Refused("We could not reach the payment provider, so your socks were not reserved and nothing was charged. Please try again in a moment.");
        }

        try
        {
            await ConcurrencyRetry.RunAsync(db, logger, $"attaching session {session.SessionId} to order {order.Number}", async () =>
            {
                // The order placed (or found) a moment ago is still tracked; after a lost race it is read again.
                var current = OrderStock.Tracked(db, order.Id) ?? await db.Orders.WithLines().FirstAsync(o => o.Id == order.Id, cancellationToken);
                current.AttachPaymentSession(session.SessionId, options.HoldUntil(current.CreatedAt), clock.UtcNow);
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken, keepTrackedAtFirst: true);
        }
        catch (RetriesExhaustedException)
        {
            // The provider's events name the order by its id, and the reservation already runs out with its hold: paying still works.
        }

        return StartCheckoutResult.GoTo(session.Url);
    }

    /// <summary>Re-prices the cart from the catalog and, in one save, creates the order and reserves its stock.</summary>
    private async Task<Placed> PlaceOrderAsync(Guid? cartId, string clientKey, CancellationToken cancellationToken)
    {
        var cart = await CartStore.ReadAsync(db, cartId, cancellationToken);
        if (cart is null || cart.IsEmpty)
        {
            return new Placed(null, "Your cart is empty. Add some socks before checking out.");
        }

        if (await UnpaidElsewhereAsync(cart.Id, clientKey, cancellationToken) is { } oldestHold)
        {
            return new Placed(null, $"You already have {options.MaxUnpaidOrdersPerClient} checkouts waiting for payment, and their socks are held. "
                + $"Pay or leave one of them; the oldest goes back on sale at {oldestHold:HH:mm} UTC. Nothing new was reserved or charged.");
        }

        var catalog = await CatalogStock.LoadAsync(db, cart.Lines.Select(l => l.VariantId).ToList(), tracked: true, cancellationToken);
        var earlier = await PendingCheckouts.OfCartAsync(db, cart.Id, cancellationToken);
        if (earlier.FirstOrDefault(o => IsSameCheckout(o, cart, catalog)) is { } same)
        {
            return new Placed(same, null);
        }

        var replaced = await ReplaceAsync(earlier, cancellationToken);
        var priced = PricedCart.Price(cart, catalog, shipping);
        if (priced.HasChangesToReview)
        {
            return new Placed(null, "Your cart changed since you last saw it: " + string.Join(" ", priced.Notices) + " Please review your cart, then check out again.");
        }

        var items = priced.Lines.Select(l => new OrderItem(
            l.Stocked!.Variant.Id, l.Stocked.Product.Name, l.Stocked.VariantName, l.Stocked.Variant.Sku, l.Stocked.ImageUrl, l.UnitPrice, l.Line.Quantity)).ToList();
        var now = clock.UtcNow;
        var order = Order.Place(cart.Id, items, shipping, now, options.HoldUntil(now), clientKey);
        try
        {
            foreach (var line in priced.Lines)
            {
                line.Stocked!.Product.Reserve(line.Line.VariantId, line.Line.Quantity);
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

    /// <summary>When this client's other carts already hold the most unpaid checkouts allowed, when the oldest of them ends; else null.</summary>
    private async Task<DateTimeOffset?> UnpaidElsewhereAsync(Guid cartId, string clientKey, CancellationToken cancellationToken)
    {
        var holds = await HoldsElsewhere(db.Compiled(), clientKey, cartId).ToListAsync(cancellationToken);
        return holds.Count >= options.MaxUnpaidOrdersPerClient ? holds.Min() ?? clock.UtcNow : null;
    }

    /// <summary>
    /// The same cart, at the same prices, checked out again while its order's payment page is still fresh: a double
    /// click, or a shopper back from the payment page without changes. They get that order and page again, not a second order.
    /// </summary>
    private bool IsSameCheckout(Order order, Cart cart, Dictionary<Guid, StockedVariant> catalog) =>
        order.CreatedAt + options.SessionLifetime / 2 > clock.UtcNow
        && order.Lines.Count == cart.Lines.Count
        && order.Lines.All(ordered => cart.Lines.Any(l => l.VariantId == ordered.VariantId && l.Quantity == ordered.Quantity)
            && catalog.GetValueOrDefault(ordered.VariantId) is { CanBeBought: true } stocked
            && stocked.Variant.Price == ordered.UnitPrice);

    /// <summary>
    /// A shopper who came back from the payment page must not be blocked by their own earlier reservation: the earlier
    /// unpaid order is cancelled and its stock released in the same save as the new order (a change to the cart itself
    /// already cancelled it, see <see cref="PendingCheckouts"/>).
    /// </summary>
    private Task<List<string>> ReplaceAsync(List<Order> earlier, CancellationToken cancellationToken) =>
        PendingCheckouts.CancelAsync(db, earlier, "Replaced by a newer checkout from the same cart.", clock.UtcNow, cancellationToken);

    /// <summary>No payment page, so nobody can pay: the socks go back on sale now, not when the reservation would run out.</summary>
    private async Task ReleaseAsync(Order placed, CancellationToken cancellationToken)
    {
        try
        {
            await ConcurrencyRetry.RunAsync(db, logger, $"releasing the stock of order {placed.Number}", async () =>
            {
                var order = await db.Orders.WithLines().FirstAsync(o => o.Id == placed.Id, cancellationToken);
                if (order.MarkPaymentFailed("The payment provider could not be reached.", clock.UtcNow))
                {
                    await OrderStock.ReleaseAsync(db, order, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (RetriesExhaustedException)
        {
            // The order still expires with its reservation, and the sweeper then puts its socks back on sale.
        }
    }

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
        expiresAt,
        order.ReservationExpiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checkout refused: {Reason}")]
    private static partial void LogCheckoutClosed(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The payment gateway failed to open a session for order {Number}; its reservation is released")]
    private static partial void LogGatewayFailed(ILogger logger, Exception exception, string number);
}
