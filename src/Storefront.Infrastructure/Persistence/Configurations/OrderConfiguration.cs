using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Domain.Ordering;

namespace Storefront.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(OrderNumber.MaxLength).IsRequired();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.AccessToken).HasMaxLength(64).IsRequired();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(o => new { o.Status, o.ReservationExpiresAt });
        builder.HasIndex(o => o.CartId);
        builder.Property(o => o.ClientKey).HasMaxLength(64);
        builder.HasIndex(o => new { o.ClientKey, o.Status });
        builder.Property(o => o.PaymentSessionId).HasMaxLength(255);
        builder.HasIndex(o => o.PaymentSessionId).IsUnique();
        builder.Property(o => o.PaymentReference).HasMaxLength(255);
        builder.Property(o => o.CustomerEmail).HasMaxLength(320);
        builder.Property(o => o.FlagReason).HasMaxLength(Order.MaxReasonLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.TrackingNumber).HasMaxLength(Order.MaxTrackingLength);
        builder.Property(o => o.RefundReference).HasMaxLength(200);
        builder.Ignore(o => o.CanShip);
        builder.Ignore(o => o.CanCancel);
        builder.Ignore(o => o.CanRefund);
        MoneyColumns.Map(builder.ComplexProperty(o => o.Subtotal), "Subtotal");
        MoneyColumns.Map(builder.ComplexProperty(o => o.ShippingCost), "ShippingCost");
        MoneyColumns.Map(builder.ComplexProperty(o => o.Total), "Total");
        builder.ComplexProperty(o => o.AmountCharged, price =>
        {
            price.Property(m => m.Amount).HasColumnName("AmountCharged");
            price.Property(m => m.Currency).HasColumnName("AmountChargedCurrency").HasMaxLength(3);
        });
        builder.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.Property(a => a.Name).HasColumnName("ShipToName").HasMaxLength(200);
            address.Property(a => a.Line1).HasColumnName("ShipToLine1").HasMaxLength(200);
            address.Property(a => a.Line2).HasColumnName("ShipToLine2").HasMaxLength(200);
            address.Property(a => a.City).HasColumnName("ShipToCity").HasMaxLength(100);
            address.Property(a => a.State).HasColumnName("ShipToState").HasMaxLength(100);
            address.Property(a => a.PostalCode).HasColumnName("ShipToPostalCode").HasMaxLength(20);
            address.Property(a => a.Country).HasColumnName("ShipToCountry").HasMaxLength(2);
        });
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Events).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.Currency);
        builder.Ignore(o => o.IsPaid);
    }
}
