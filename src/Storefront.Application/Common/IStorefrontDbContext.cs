using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Application.Common;

/// <summary>
/// The shop's database as use cases see it. Handlers query and change aggregates through EF Core directly;
/// there is deliberately no repository layer on top (see README, "Architecture").
/// </summary>
public interface IStorefrontDbContext
{
    DbSet<Product> Products { get; }

    DbSet<Category> Categories { get; }

    DbSet<Guide> Guides { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
