using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Infrastructure.Images;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.ToTable("StoredImages");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ContentType).HasMaxLength(30).IsRequired();
        builder.Property(i => i.Content).IsRequired();
    }
}
