using Mediator;
using Storefront.Application.Common;
using Storefront.Domain.Carts;

namespace Storefront.Application.Carts.AddToCart;

public sealed class AddToCartCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<AddToCartCommand, AddToCartResult>
{
    public async ValueTask<AddToCartResult> Handle(AddToCartCommand command, CancellationToken cancellationToken)
    {
        var stocked = await CartStore.BuyableVariantAsync(db, command.VariantId, cancellationToken);
        var cart = await CartStore.FindAsync(db, command.CartId, cancellationToken);
        if (cart is null)
        {
            cart = new Cart(clock.UtcNow);
            db.Carts.Add(cart);
        }

        cart.Add(stocked.Id, command.Quantity, stocked.Price, stocked.Available, clock.UtcNow);
        await CartStore.SaveAsync(db, cancellationToken);
        return new AddToCartResult(cart.Id, stocked.ProductName, cart.Lines.Sum(l => l.Quantity));
    }
}
