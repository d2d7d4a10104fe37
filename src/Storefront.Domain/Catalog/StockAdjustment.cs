using Storefront.Domain.Common;

namespace Storefront.Domain.Catalog;

/// <summary>A change to a variant's counted stock and the reason given for it (a delivery, a recount, damage).</summary>
public sealed class StockAdjustment
{
    public const int MaxReasonLength = 200;

    private StockAdjustment()
    {
        Sku = string.Empty;
        Reason = string.Empty;
    }

    internal StockAdjustment(ProductVariant variant, int change, string reason, DateTimeOffset at)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxReasonLength)
        {
            throw new DomainException($"Give a reason of 1 to {MaxReasonLength} characters for a stock change.");
        }

        Id = Guid.CreateVersion7();
        VariantId = variant.Id;
        Sku = variant.Sku;
        Change = change;
        Reason = trimmed;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid VariantId { get; private set; }

    public string Sku { get; private set; }

    /// <summary>Units added (positive) or removed (negative).</summary>
    public int Change { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}
