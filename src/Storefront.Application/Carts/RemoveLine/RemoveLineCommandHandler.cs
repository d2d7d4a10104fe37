using Mediator;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Application.Payments;

namespace Storefront.Application.Carts.RemoveLine;

public sealed class RemoveLineCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, IClock clock) : ICommandHandler<RemoveLineCommand>
{
    public async ValueTask<Unit> Handle(RemoveLineCommand command, CancellationToken cancellationToken)
    {
        if (await CartStore.FindAsync(db, command.CartId, cancellationToken) is { } cart)
        {
            cart.Remove(command.VariantId, clock.UtcNow);
            var cancelled = await PendingCheckouts.CancelAsync(db, cart.Id, PendingCheckouts.CartChanged, clock.UtcNow, cancellationToken);
            await CartStore.SaveAsync(db, cancellationToken);
            await PendingCheckouts.ExpireAsync(gateway, cancelled, cancellationToken);
        }

        return Unit.Value;
    }
}
