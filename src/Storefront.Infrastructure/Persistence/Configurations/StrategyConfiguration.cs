using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> builder)
    {
        builder.ToTable("GuideStrategies");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Text).HasMaxLength(Strategy.MaxTextLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.EvidenceLevel).HasConversion<string>().HasMaxLength(30);
        builder.PrimitiveCollection(s => s.Citations).HasMaxLength(400);

        // The fit is read whole and never queried into, so one JSON column keeps it a value object on both providers.
        builder.Property(s => s.Fit)
            .HasConversion(new ValueConverter<SockFit?, string?>(fit => SockFitJson.Write(fit), json => SockFitJson.Read(json)))
            .Metadata.SetValueComparer(new ValueComparer<SockFit?>((a, b) => Equals(a, b), fit => fit == null ? 0 : fit.GetHashCode()));
        builder.Property(s => s.Fit).HasMaxLength(1000);
    }

    private static class SockFitJson
    {
        public static string? Write(SockFit? fit) => fit is null
            ? null
            : JsonSerializer.Serialize(new Stored(
                fit.Styles.Select(s => s.Token()).ToArray(),
                fit.Levels.Select(l => l.Token()).ToArray(),
                fit.Uses,
                fit.ExcludedUses,
                fit.Why));

        public static SockFit? Read(string? json)
        {
            if (json is null)
            {
                return null;
            }

            var stored = JsonSerializer.Deserialize<Stored>(json)!;
            return new SockFit(
                stored.Styles.Select(t => CatalogLabels.ParseStyle(t)!.Value),
                stored.Levels.Select(t => CatalogLabels.ParseCompression(t)!.Value),
                stored.Uses,
                stored.ExcludedUses,
                stored.Why);
        }

        private sealed record Stored(string[] Styles, string[] Levels, SockUse Uses, SockUse ExcludedUses, string Why);
    }
}
