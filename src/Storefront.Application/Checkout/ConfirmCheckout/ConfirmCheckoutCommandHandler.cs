using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Checkout.FulfilOrder;
using Storefront.Application.Common;
using Storefront.Application.Orders;
using Storefront.Application.Payments;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.ConfirmCheckout;

public sealed class ConfirmCheckoutCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, OrderFulfilment fulfilment, CheckoutOptions options, HybridCache cache)
    : ICommandHandler<ConfirmCheckoutCommand, OrderView?>
{
    // Compiled: see CompiledQueries.
    private static readonly Func<DbContext, string, CancellationToken, Task<Order?>> OrderOfSession = EF.CompileAsyncQuery(
        (DbContext db, string sessionId, CancellationToken _) => db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Events).AsSingleQuery()
            .FirstOrDefault(o => o.PaymentSessionId == sessionId));

    public async ValueTask<OrderView?> Handle(ConfirmCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.SessionId) || command.SessionId.Length > 255 || command.CartId is not { } cartId)
        {
            return null;
        }

        var order = await FindAsync(command.SessionId, cancellationToken);
        if (order is null || order.CartId != cartId)
        {
            return null;
        }

        if (order.Status == OrderStatus.PendingPayment && !order.FlaggedForReview && gateway.Kind != PaymentGatewayKind.Unavailable
            && await AskProviderAsync(command.SessionId, cancellationToken) is { Kind: not PaymentOutcomeKind.Open } outcome
            && outcome.SessionId == order.PaymentSessionId)
        {
            try
            {
                // The provider's answer about this very session, never the URL, decides; the same path as the webhook.
                await fulfilment.ApplyAsync(outcome with { OrderId = order.Id }, eventId: null, "success_page", command.RequestBaseUrl, cancellationToken);
            }
            catch (RetriesExhaustedException)
            {
                // The webhook brings the same news; meanwhile the shopper sees the order as it stands.
            }

            order = await FindAsync(command.SessionId, cancellationToken) ?? order;
        }

        return OrderView.From(order, options.BaseUrl(command.RequestBaseUrl));
    }

    /// <summary>
    /// The provider's answer, shared by every request about the session for a short while (concurrent ones wait for one
    /// call). It holds the shopper's address, so it stays in this process, never in a distributed cache.
    /// </summary>
    private ValueTask<PaymentOutcome?> AskProviderAsync(string sessionId, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            $"payment-session:{sessionId}",
            (gateway, sessionId),
            static async (state, token) => await state.gateway.GetSessionOutcomeAsync(state.sessionId, token),
            new HybridCacheEntryOptions { Expiration = options.PaymentCheckInterval, LocalCacheExpiration = options.PaymentCheckInterval, Flags = HybridCacheEntryFlags.DisableDistributedCache },
            cancellationToken: cancellationToken);

    private Task<Order?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        OrderOfSession(db.Compiled(), sessionId, cancellationToken);
}
