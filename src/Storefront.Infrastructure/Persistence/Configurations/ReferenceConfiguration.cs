using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Guides;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class ReferenceConfiguration : IEntityTypeConfiguration<Reference>
{
    public void Configure(EntityTypeBuilder<Reference> builder)
    {
        builder.ToTable("GuideReferences");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(Reference.MaxKeyLength).IsRequired();
        builder.Property(r => r.Authors).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(400).IsRequired();
        builder.Property(r => r.Source).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(500).IsRequired();
    }
}
