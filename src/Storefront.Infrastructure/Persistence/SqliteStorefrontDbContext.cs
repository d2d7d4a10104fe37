using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Storefront.Infrastructure.Persistence;

public sealed class SqliteStorefrontDbContext(DbContextOptions<SqliteStorefrontDbContext> options) : StorefrontDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal or date-time-offset type it can sort or compare: money is stored as whole cents
        // (exact, and ordered correctly) and instants as UTC ticks.
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalCentsConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    private sealed class DecimalCentsConverter() : ValueConverter<decimal, long>(
        amount => (long)(amount * 100m),
        cents => cents / 100m);
}
