using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Carts;

namespace Storefront.Application.Carts.PurgeIdleCarts;

public sealed class PurgeIdleCartsCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<PurgeIdleCartsCommand, int>
{
    public async ValueTask<int> Handle(PurgeIdleCartsCommand command, CancellationToken cancellationToken)
    {
        var idleSince = clock.UtcNow - Cart.IdleLifetime;

        // One statement; the database removes the lines with their cart (cascade).
        return await db.Carts.Where(c => c.UpdatedAt < idleSince).ExecuteDeleteAsync(cancellationToken);
    }
}
