using Storefront.Domain.Common;

namespace Storefront.Domain.Ordering;

/// <summary>A snapshot of what was bought: name, SKU and price as they were when the order was placed.</summary>
public sealed class OrderLine
{
    private OrderLine()
    {
        ProductName = string.Empty;
        VariantName = string.Empty;
        Sku = string.Empty;
        ImageUrl = string.Empty;
    }

    internal OrderLine(Guid orderId, OrderItem item)
    {
        if (item.Quantity is < 1 or > 10)
        {
            throw new DomainException("An order line holds 1 to 10 units.");
        }

        Id = Guid.CreateVersion7();
        OrderId = orderId;
        VariantId = item.VariantId;
        ProductName = item.ProductName;
        VariantName = item.VariantName;
        Sku = item.Sku;
        ImageUrl = item.ImageUrl;
        UnitPrice = item.UnitPrice;
        Quantity = item.Quantity;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid VariantId { get; private set; }

    public string ProductName { get; private set; }

    /// <summary>Colour and size, e.g. "Black, size M".</summary>
    public string VariantName { get; private set; }

    public string Sku { get; private set; }

    public string ImageUrl { get; private set; }

    public Money UnitPrice { get; private set; }

    public int Quantity { get; private set; }

    public Money LineTotal => UnitPrice * Quantity;
}

/// <summary>What a new order line is made from, read from the catalog at checkout.</summary>
public sealed record OrderItem(Guid VariantId, string ProductName, string VariantName, string Sku, string ImageUrl, Money UnitPrice, int Quantity);
