using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Product.MaxNameLength).IsRequired();
        builder.Property(p => p.Slug).HasConversion(s => s.Value, v => Slug.Parse(v)).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(Product.MaxDescriptionLength);
        builder.Property(p => p.Material).HasMaxLength(Product.MaxTextLength);
        builder.Property(p => p.Care).HasMaxLength(Product.MaxTextLength);
        builder.Property(p => p.Style).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Compression).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(p => new { p.Status, p.Style });
        builder.HasIndex(p => new { p.Status, p.Compression });
        builder.HasIndex(p => new { p.Status, p.CategoryId });
        builder.HasIndex(p => p.FromPrice);
        builder.HasIndex(p => p.CreatedAt);

        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Variants).HasField("_variants").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Images).WithOne().HasForeignKey("ProductId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsPublished);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
