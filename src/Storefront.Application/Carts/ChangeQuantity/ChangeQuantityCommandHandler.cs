using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Carts.ChangeQuantity;

public sealed class ChangeQuantityCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<ChangeQuantityCommand>
{
    public async ValueTask<Unit> Handle(ChangeQuantityCommand command, CancellationToken cancellationToken)
    {
        var cart = await CartStore.RequireAsync(db, command.CartId, cancellationToken);
        var stocked = await CartStore.BuyableVariantAsync(db, command.VariantId, cancellationToken);
        cart.ChangeQuantity(command.VariantId, command.Quantity, stocked.Available, clock.UtcNow);
        await CartStore.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}
