using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Carts.GetCartSummary;

public sealed class GetCartSummaryQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetCartSummaryQuery, CartSummary>
{
    public async ValueTask<CartSummary> Handle(GetCartSummaryQuery query, CancellationToken cancellationToken)
    {
        if (query.CartId is not { } id)
        {
            return new CartSummary(0);
        }

        var count = await db.Carts.Where(c => c.Id == id).SelectMany(c => c.Lines).SumAsync(l => (int?)l.Quantity, cancellationToken);
        return new CartSummary(count ?? 0);
    }
}
