using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Catalog;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.ToTable("ProductImages");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Url).HasMaxLength(300).IsRequired();
        builder.Property(i => i.AltText).HasMaxLength(ProductImage.MaxAltTextLength).IsRequired();
        builder.Property(i => i.Colour).HasMaxLength(ProductVariant.MaxColourLength);
    }
}
