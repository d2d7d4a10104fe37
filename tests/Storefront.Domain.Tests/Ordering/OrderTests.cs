using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;

namespace Storefront.Domain.Tests.Ordering;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static Order PlaceOrder(decimal unitPrice = 18.33m, int quantity = 3) =>
        Order.Place(Guid.NewGuid(), [new OrderItem(Guid.NewGuid(), "Everyday Crew", "Black, size M", "CREW-BLK-M", "/img/x.svg", new Money(unitPrice), quantity)], ShippingPolicy.Default, Now, Now.AddMinutes(35));

    private static PaymentConfirmation Payment(decimal amount) =>
        new(new Money(amount), "pi_123", new ShippingAddress("Ann", "1 Main St", null, "Springfield", "IL", "62701", "US"), "ann@example.com");

    [Fact]
    public void A_new_order_snapshots_its_lines_and_prices_its_shipping_by_the_rule()
    {
        var order = PlaceOrder();

        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal(new Money(54.99m), order.Subtotal);
        Assert.Equal(new Money(5.95m), order.ShippingCost);
        Assert.Equal(6094, order.Total.ToCents());
        Assert.Matches("^SF-2026-[A-Z2-9]{6}$", order.Number);
        Assert.True(order.AccessToken.Length >= 40);
        Assert.True(order.HoldsStock);
        Assert.Equal("Created", Assert.Single(order.Events).Kind);
    }

    [Fact]
    public void An_empty_order_is_refused()
    {
        Assert.Throws<DomainException>(() => Order.Place(Guid.NewGuid(), [], ShippingPolicy.Default, Now, Now));
    }

    [Fact]
    public void Paying_the_exact_total_marks_it_paid_once()
    {
        var order = PlaceOrder();

        Assert.Equal(PaymentResult.Paid, order.RecordPayment(Payment(60.94m), Now));
        Assert.Equal(PaymentResult.AlreadyPaid, order.RecordPayment(Payment(60.94m), Now));

        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.False(order.HoldsStock);
        Assert.Equal("ann@example.com", order.CustomerEmail);
        Assert.Single(order.Events, e => e.Kind == "Paid");
    }

    [Fact]
    public void A_payment_that_disagrees_with_the_total_is_flagged_not_fulfilled()
    {
        var order = PlaceOrder();

        Assert.Equal(PaymentResult.Flagged, order.RecordPayment(Payment(1.00m), Now));

        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.True(order.FlaggedForReview);
        Assert.Contains("$1.00", order.FlagReason);
        Assert.True(order.HoldsStock);
        Assert.Null(order.ReservationExpiresAt);
    }

    [Fact]
    public void Cancelling_a_paid_order_changes_nothing()
    {
        var order = PlaceOrder();
        order.RecordPayment(Payment(60.94m), Now);

        Assert.False(order.Cancel("expired", Now));
        Assert.Equal(OrderStatus.Paid, order.Status);
    }

    [Fact]
    public void Cancelling_an_unpaid_order_releases_its_stock_once()
    {
        var order = PlaceOrder();

        Assert.True(order.Cancel("expired", Now));
        Assert.False(order.Cancel("expired again", Now));
        Assert.False(order.MarkPaymentFailed("declined", Now));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public void A_payment_after_cancellation_is_flagged_for_a_person_to_resolve()
    {
        var order = PlaceOrder();
        order.Cancel("expired", Now);

        Assert.Equal(PaymentResult.Flagged, order.RecordPayment(Payment(60.94m), Now));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.True(order.FlaggedForReview);
    }

    [Fact]
    public void A_cancelled_order_whose_socks_were_reserved_again_is_paid_by_a_late_payment_once()
    {
        var order = PlaceOrder();
        order.Cancel("expired", Now);

        order.Reinstate(Now);
        var paid = order.RecordPayment(Payment(60.94m), Now);

        Assert.Equal(PaymentResult.Paid, paid);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.False(order.HoldsStock);
        Assert.Single(order.Events, e => e.Kind == "Paid");
        Assert.False(order.CanReinstate);
        Assert.Throws<DomainException>(() => order.Reinstate(Now));
    }

    [Fact]
    public void Only_an_order_that_ended_unpaid_can_be_reinstated()
    {
        var pending = PlaceOrder();
        var flagged = PlaceOrder();
        flagged.Cancel("expired", Now);
        flagged.RecordPayment(Payment(60.94m), Now);

        Assert.False(pending.CanReinstate);
        Assert.False(flagged.CanReinstate);
        Assert.Throws<DomainException>(() => pending.Reinstate(Now));
        Assert.Contains("Refund it", flagged.FlagReason);
    }

    [Fact]
    public void Every_transition_changes_the_version_so_concurrent_saves_conflict()
    {
        var order = PlaceOrder();
        var before = order.Version;

        order.MarkPaymentProcessing(Now);

        Assert.True(order.Version > before);
        Assert.Null(order.ReservationExpiresAt);
    }
}
