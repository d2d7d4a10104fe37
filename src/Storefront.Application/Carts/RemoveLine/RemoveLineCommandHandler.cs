using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Carts.RemoveLine;

public sealed class RemoveLineCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<RemoveLineCommand>
{
    public async ValueTask<Unit> Handle(RemoveLineCommand command, CancellationToken cancellationToken)
    {
        if (await CartStore.FindAsync(db, command.CartId, cancellationToken) is { } cart)
        {
            cart.Remove(command.VariantId, clock.UtcNow);
            await CartStore.SaveAsync(db, cancellationToken);
        }

        return Unit.Value;
    }
}
