using Mediator;
using Storefront.Application.Checkout;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Domain.Carts;

namespace Storefront.Application.Carts.AddToCart;

public sealed class AddToCartCommandHandler(IStorefrontDbContext db, IPaymentGateway gateway, IClock clock) : ICommandHandler<AddToCartCommand, AddToCartResult>
{
    public async ValueTask<AddToCartResult> Handle(AddToCartCommand command, CancellationToken cancellationToken)
    {
        var stocked = await CartStore.BuyableVariantAsync(db, command.VariantId, cancellationToken);
        var cart = await CartStore.FindAsync(db, command.CartId, cancellationToken);
        var cancelled = cart is null ? [] : await PendingCheckouts.CancelAsync(db, cart.Id, PendingCheckouts.CartChanged, clock.UtcNow, cancellationToken);
        if (cart is null)
        {
            cart = new Cart(clock.UtcNow);
            db.Carts.Add(cart);
        }

        cart.Add(stocked.Id, command.Quantity, stocked.Price, stocked.Available, clock.UtcNow);
        await CartStore.SaveAsync(db, cancellationToken);
        await PendingCheckouts.ExpireAsync(gateway, cancelled, cancellationToken);
        return new AddToCartResult(cart.Id, stocked.ProductName, cart.Lines.Sum(l => l.Quantity));
    }
}
