using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Checkout.FulfilOrder;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Checkout.TestPayment;

public sealed class CompleteTestPaymentCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, OrderFulfilment fulfilment)
    : ICommandHandler<CompleteTestPaymentCommand, CompleteTestPaymentResult>
{
    private static readonly Func<DbContext, Guid, Guid, CancellationToken, Task<Order?>> OrderOfCart = EF.CompileAsyncQuery(
        (DbContext db, Guid orderId, Guid cartId, CancellationToken _) => db.Set<Order>().Include(o => o.Lines).AsSingleQuery()
            .FirstOrDefault(o => o.Id == orderId && o.CartId == cartId));

    public async ValueTask<CompleteTestPaymentResult> Handle(CompleteTestPaymentCommand command, CancellationToken cancellationToken)
    {
        if (gateway.Kind != PaymentGatewayKind.Test || command.CartId is not { } cartId)
        {
            return new CompleteTestPaymentResult(null);
        }

        // Tracked, with its lines: the fulfilment below works on this very order rather than reading it again.
        // Compiled: see CompiledQueries.
        var order = await OrderOfCart(db.Compiled(), command.OrderId, cartId, cancellationToken);
        if (order?.PaymentSessionId is not { } sessionId)
        {
            return new CompleteTestPaymentResult(null);
        }

        if (command.Approve && order.Status != OrderStatus.PendingPayment)
        {
            throw new DomainException("This order can no longer be paid: your cart changed, or you checked out again, after it was placed. Nothing was charged; check out again from your cart.");
        }

        // The test gateway "charges" exactly the order's total, as Stripe would; the same fulfilment path as a webhook.
        var outcome = new PaymentOutcome
        {
            Kind = command.Approve ? PaymentOutcomeKind.Paid : PaymentOutcomeKind.Failed,
            SessionId = sessionId,
            OrderId = order.Id,
            AmountChargedCents = order.Total.ToCents(),
            Currency = order.Currency,
            PaymentReference = $"test_payment_{order.Id:N}",
            ShippingAddress = command.Approve ? command.Address with { Country = "US" } : null,
            CustomerEmail = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim(),
        };
        await fulfilment.ApplyAsync(outcome, eventId: null, command.Approve ? "test.pay" : "test.decline", command.RequestBaseUrl, cancellationToken);
        return new CompleteTestPaymentResult(sessionId);
    }
}
