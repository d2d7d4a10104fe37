using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Catalog;
using Storefront.Domain.Ordering;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ProductName).HasMaxLength(Product.MaxNameLength).IsRequired();
        builder.Property(l => l.VariantName).HasMaxLength(80).IsRequired();
        builder.Property(l => l.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        builder.Property(l => l.ImageUrl).HasMaxLength(500);
        builder.HasIndex(l => l.VariantId);
        MoneyColumns.Map(builder.ComplexProperty(l => l.UnitPrice), "UnitPrice");
        builder.Ignore(l => l.LineTotal);
    }
}
