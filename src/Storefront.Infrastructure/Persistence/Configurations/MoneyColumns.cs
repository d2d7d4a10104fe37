using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Common;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal static class MoneyColumns
{
    public static void Map(ComplexPropertyBuilder<Money> money, string name)
    {
        money.Property(m => m.Amount).HasColumnName(name);
        money.Property(m => m.Currency).HasColumnName($"{name}Currency").HasMaxLength(3).IsRequired();
    }
}
