using Mediator;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Common;

namespace Storefront.Application.Carts.ChangeQuantities;

public sealed class ChangeQuantitiesCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, IClock clock) : ICommandHandler<ChangeQuantitiesCommand>
{
    public async ValueTask<Unit> Handle(ChangeQuantitiesCommand command, CancellationToken cancellationToken)
    {
        var cart = await CartStore.RequireAsync(db, command.CartId, cancellationToken);
        var changed = command.Quantities
            .Where(q => cart.Lines.FirstOrDefault(l => l.VariantId == q.Key) is { } line && line.Quantity != q.Value)
            .ToList();
        if (changed.Count == 0)
        {
            return Unit.Value;
        }

        var catalog = await CatalogStock.LoadAsync(db, changed.Select(c => c.Key).ToList(), tracked: false, cancellationToken);
        foreach (var (variantId, quantity) in changed)
        {
            var stocked = catalog.GetValueOrDefault(variantId) is { CanBeBought: true } buyable
                ? buyable
                : throw new DomainException("That sock is not for sale any more. Please remove it from your cart.");
            cart.ChangeQuantity(variantId, quantity, stocked.Available, clock.UtcNow);
        }

        var cancelled = await PendingCheckouts.CancelAsync(db, cart.Id, PendingCheckouts.CartChanged, clock.UtcNow, cancellationToken);
        await CartStore.SaveAsync(db, cancellationToken);
        await PendingCheckouts.ExpireAsync(gateway, cancelled, cancellationToken);
        return Unit.Value;
    }
}
