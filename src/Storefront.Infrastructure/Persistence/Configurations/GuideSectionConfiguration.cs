using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class GuideSectionConfiguration : IEntityTypeConfiguration<GuideSection>
{
    public void Configure(EntityTypeBuilder<GuideSection> builder)
    {
        builder.ToTable("GuideSections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Anchor).HasConversion(s => s.Value, v => Slug.Parse(v)).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex("GuideId", nameof(GuideSection.Anchor)).IsUnique();
        builder.Property(s => s.Heading).HasMaxLength(GuideSection.MaxHeadingLength).IsRequired();
        builder.Property(s => s.Body).HasMaxLength(GuideSection.MaxBodyLength).IsRequired();

        builder.HasMany(s => s.Strategies).WithOne().HasForeignKey("SectionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Strategies).HasField("_strategies").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
