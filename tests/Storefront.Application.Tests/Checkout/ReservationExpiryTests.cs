using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Storefront.Application.Checkout;
using Storefront.Application.Checkout.ReleaseExpiredReservations;
using Storefront.Application.Checkout.StartCheckout;
using Storefront.Application.Common;
using Storefront.Application.Payments;
using Storefront.Application.Tests.Support;
using Storefront.Domain.Carts;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Application.Tests.Checkout;

/// <summary>Checkout and reservation expiry driven by a clock the test moves, over a real SQLite file.</summary>
public sealed class ReservationExpiryTests : IAsyncLifetime
{
    private readonly SqliteTestFile _file = new();
    private readonly MovableClock _clock = new();
    private readonly LocalGateway _gateway = new();
    private Guid _variantId;
    private Guid _cartId;

    public async Task InitializeAsync()
    {
        await using var db = NewDb();
        await db.Database.MigrateAsync();
        var category = new Category("Everyday", Slug.Parse("everyday"), 0);
        var product = new Product("Everyday Crew", Slug.Parse("everyday-crew"), category.Id, SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, _clock.UtcNow);
        var variant = product.AddVariant("CREW-BLK-M", "M", "Black", "#000000", new Money(20m), null, stockOnHand: 3);
        product.Publish();
        var cart = new Cart(_clock.UtcNow);
        cart.Add(variant.Id, 2, 20m, variant.Available, _clock.UtcNow);
        db.AddRange(category, product, cart);
        await db.SaveChangesAsync();
        (_variantId, _cartId) = (variant.Id, cart.Id);
    }

    [Fact]
    public async Task An_unpaid_order_holds_its_stock_for_the_configured_hold_only_then_its_payment_page_closes_and_the_socks_go_back_once()
    {
        await using (var db = NewDb())
        {
            var options = new CheckoutOptions { ReservationHold = TimeSpan.FromMinutes(10) };
            var result = await new StartCheckoutCommandHandler(db, _gateway, ShippingPolicy.Default, options, _clock, NullLogger<StartCheckoutCommandHandler>.Instance)
                .Handle(new StartCheckoutCommand(_cartId, "http://shop.test", "client-a"), CancellationToken.None);
            Assert.Equal("http://shop.test/pay", result.PaymentUrl);
        }

        _clock.Advance(TimeSpan.FromMinutes(9));
        var tooEarly = await ReleaseAsync();
        _clock.Advance(TimeSpan.FromMinutes(2));
        var released = await ReleaseAsync();
        var again = await ReleaseAsync();

        Assert.Equal((0, 1, 0), (tooEarly, released, again));
        await using var check = NewDb();
        var variant = await check.Products.SelectMany(p => p.Variants).SingleAsync(v => v.Id == _variantId);
        var order = await check.Orders.SingleAsync();
        Assert.Equal((3, 0), (variant.StockOnHand, variant.Reserved));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal([order.PaymentSessionId!], _gateway.Expired);
    }

    private async Task<int> ReleaseAsync()
    {
        await using var db = NewDb();
        return await new ReleaseExpiredReservationsCommandHandler(db, _gateway, _clock, NullLogger<ReleaseExpiredReservationsCommandHandler>.Instance).Handle(new ReleaseExpiredReservationsCommand(), CancellationToken.None);
    }

    private SqliteStorefrontDbContext NewDb() => _file.NewDb();

    public Task DisposeAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }

    private sealed class MovableClock : IClock
    {
        public DateTimeOffset UtcNow { get; private set; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => UtcNow += by;
    }

    private sealed class LocalGateway : IPaymentGateway
    {
        public PaymentGatewayKind Kind => PaymentGatewayKind.Test;

        public string? UnavailableReason => null;

        public Task<CheckoutSession> CreateCheckoutSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new CheckoutSession($"session_{request.OrderId:N}", "http://shop.test/pay"));

        public Task<PaymentOutcome?> GetSessionOutcomeAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult<PaymentOutcome?>(null);

        public List<string> Expired { get; } = [];

        public Task ExpireSessionAsync(string sessionId, CancellationToken cancellationToken)
        {
            Expired.Add(sessionId);
            return Task.CompletedTask;
        }

        public Task<string> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken) => Task.FromResult("refund");
    }
}
