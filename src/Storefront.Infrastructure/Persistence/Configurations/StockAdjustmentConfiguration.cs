using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Catalog;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class StockAdjustmentConfiguration : IEntityTypeConfiguration<StockAdjustment>
{
    public void Configure(EntityTypeBuilder<StockAdjustment> builder)
    {
        builder.ToTable("StockAdjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(StockAdjustment.MaxReasonLength).IsRequired();
        builder.HasIndex(a => new { a.VariantId, a.At });
    }
}
