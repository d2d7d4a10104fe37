using System.Diagnostics.Metrics;
using Storefront.Application.Checkout.FulfilOrder;

namespace Storefront.Application.Common.Telemetry;

/// <summary>
/// The shop's own counters, the figures an operator watches beside request rates: checkouts started, orders placed,
/// payment outcomes, webhook failures, reservations released and the page cache's hits and misses (with its hit ratio).
/// </summary>
public sealed class StorefrontMetrics
{
    public const string MeterName = "Storefront";

    private readonly Counter<long> _checkoutsStarted;
    private readonly Counter<long> _ordersPlaced;
    private readonly Counter<long> _paymentOutcomes;
    private readonly Counter<long> _webhookFailures;
    private readonly Counter<long> _reservationsReleased;
    private readonly Counter<long> _pageCacheLookups;
    private long _pageCacheHits;
    private long _pageCacheMisses;

    public StorefrontMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _checkoutsStarted = meter.CreateCounter<long>("storefront.checkouts.started", "{checkout}", "Checkouts that reserved stock and opened a payment page");
        _ordersPlaced = meter.CreateCounter<long>("storefront.orders.placed", "{order}", "Orders whose payment was confirmed");
        _paymentOutcomes = meter.CreateCounter<long>("storefront.payments.outcomes", "{outcome}", "Payment reports applied to orders, by result");
        _webhookFailures = meter.CreateCounter<long>("storefront.webhooks.failures", "{request}", "Payment webhooks refused, by reason");
        _reservationsReleased = meter.CreateCounter<long>("storefront.reservations.released", "{order}", "Unpaid orders whose reserved stock went back on sale");
        _pageCacheLookups = meter.CreateCounter<long>("storefront.page_cache.lookups", "{lookup}", "Page cache lookups, by result (hit or miss)");
        meter.CreateObservableGauge("storefront.page_cache.hit_ratio", HitRatio, "1", "Page cache hits over lookups since the instance started");
    }

    public void CheckoutStarted() => _checkoutsStarted.Add(1);

    /// <summary>A payment report applied to an order: a payment places the order, a failure or expiry releases its stock.</summary>
    public void PaymentApplied(FulfilmentResult result)
    {
        _paymentOutcomes.Add(1, new KeyValuePair<string, object?>("result", result.ToString()));
        if (result == FulfilmentResult.Paid)
        {
            _ordersPlaced.Add(1);
        }
        else if (result == FulfilmentResult.Cancelled)
        {
            _reservationsReleased.Add(1);
        }
    }

    public void WebhookFailed(string reason) => _webhookFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void ReservationsReleased(int orders)
    {
        if (orders > 0)
        {
            _reservationsReleased.Add(orders);
        }
    }

    public void PageCacheLookup(bool hit)
    {
        Interlocked.Increment(ref hit ? ref _pageCacheHits : ref _pageCacheMisses);
        _pageCacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
    }

    private double HitRatio()
    {
        var hits = Interlocked.Read(ref _pageCacheHits);
        var lookups = hits + Interlocked.Read(ref _pageCacheMisses);
        return lookups == 0 ? 0 : (double)hits / lookups;
    }
}
