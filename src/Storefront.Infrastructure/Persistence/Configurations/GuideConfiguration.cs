using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class GuideConfiguration : IEntityTypeConfiguration<Guide>
{
    public void Configure(EntityTypeBuilder<Guide> builder)
    {
        builder.ToTable("Guides");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Slug).HasConversion(s => s.Value, v => Slug.Parse(v)).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(g => g.Slug).IsUnique();
        builder.Property(g => g.Title).HasMaxLength(Guide.MaxTitleLength).IsRequired();
        builder.Property(g => g.Summary).HasMaxLength(Guide.MaxSummaryLength).IsRequired();
        builder.Property(g => g.Intro).HasMaxLength(Guide.MaxTextLength).IsRequired();
        builder.Property(g => g.ClosingHeading).HasMaxLength(GuideSection.MaxHeadingLength).IsRequired();
        builder.Property(g => g.Closing).HasMaxLength(Guide.MaxTextLength).IsRequired();
        builder.Property(g => g.MedicalNote).HasMaxLength(Guide.MaxSummaryLength).IsRequired();
        builder.Property(g => g.HowWritten).HasMaxLength(Guide.MaxTextLength).IsRequired();
        builder.Property(g => g.ContentVersion).HasMaxLength(Guide.MaxContentVersionLength).IsRequired();

        builder.HasMany(g => g.Sections).WithOne().HasForeignKey("GuideId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Sections).HasField("_sections").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(g => g.References).WithOne().HasForeignKey("GuideId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.References).HasField("_references").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
