using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;

namespace Storefront.Domain.Tests.Ordering;

public sealed class OrderAdminTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static Order PaidOrder()
    {
        var order = Order.Place(Guid.NewGuid(), [new OrderItem(Guid.NewGuid(), "Everyday Crew", "Black, size M", "CREW-BLK-M", "/img/x.svg", new Money(30m), 2)], ShippingPolicy.Default, Now, Now.AddMinutes(35));
        order.RecordPayment(new PaymentConfirmation(order.Total, "pi_123", null, "ann@example.com"), Now);
        return order;
    }

    [Fact]
    public void A_paid_order_ships_with_its_tracking_number_and_can_still_be_refunded()
    {
        var order = PaidOrder();

        order.MarkShipped(" 1Z999 ", Now);
        order.RecordRefund("re_1", Now);

        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal("1Z999", order.TrackingNumber);
        Assert.Equal(["Created", "Paid", "Shipped", "Refunded"], order.Events.Select(e => e.Kind));
        Assert.False(order.CanShip || order.CanRefund || order.CanCancel);
    }

    [Fact]
    public void An_unpaid_order_cannot_be_shipped_or_refunded_and_a_paid_one_not_cancelled()
    {
        var unpaid = Order.Place(Guid.NewGuid(), [new OrderItem(Guid.NewGuid(), "Crew", "M", "CREW-M", "/img/x.svg", new Money(10m), 1)], ShippingPolicy.Default, Now, Now.AddMinutes(35));
        var paid = PaidOrder();

        Assert.Throws<DomainException>(() => unpaid.MarkShipped("1Z", Now));
        Assert.Throws<DomainException>(() => unpaid.RecordRefund("re_1", Now));
        Assert.False(paid.CanCancel);
        Assert.Throws<DomainException>(() => paid.MarkShipped("  ", Now));
        Assert.Equal(OrderStatus.Paid, paid.Status);
    }
}
