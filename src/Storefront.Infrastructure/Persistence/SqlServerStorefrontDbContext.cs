using Microsoft.EntityFrameworkCore;

namespace Storefront.Infrastructure.Persistence;

public sealed class SqlServerStorefrontDbContext(DbContextOptions<SqlServerStorefrontDbContext> options) : StorefrontDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
}
