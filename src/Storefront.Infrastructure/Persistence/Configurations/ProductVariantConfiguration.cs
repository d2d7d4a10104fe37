using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Catalog;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("ProductVariants", t =>
        {
            t.HasCheckConstraint("CK_ProductVariants_StockOnHand", "\"StockOnHand\" >= 0");
            t.HasCheckConstraint("CK_ProductVariants_Reserved", "\"Reserved\" >= 0 AND \"Reserved\" <= \"StockOnHand\"");
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        builder.HasIndex(v => v.Sku).IsUnique();
        builder.Property(v => v.Size).HasMaxLength(10).IsRequired();
        builder.Property(v => v.Colour).HasMaxLength(40).IsRequired();
        builder.Property(v => v.ColourHex).HasMaxLength(7).IsRequired();
        builder.HasIndex(v => new { v.Size, v.Colour });
        builder.ComplexProperty(v => v.Price, price =>
        {
            price.Property(m => m.Amount).HasColumnName("Price");
            price.Property(m => m.Currency).HasColumnName("Currency").HasMaxLength(3).IsRequired();
        });
        builder.ComplexProperty(v => v.CompareAtPrice, price =>
        {
            price.Property(m => m.Amount).HasColumnName("CompareAtPrice");
            price.Property(m => m.Currency).HasColumnName("CompareAtCurrency").HasMaxLength(3);
        });

        // Stock is the contended row of a checkout: a concurrent change makes the later save fail, never oversell.
        builder.Property(v => v.StockOnHand).IsConcurrencyToken();
        builder.Property(v => v.Reserved).IsConcurrencyToken();
        builder.Ignore(v => v.Available);
        builder.Ignore(v => v.StockState);
    }
}
