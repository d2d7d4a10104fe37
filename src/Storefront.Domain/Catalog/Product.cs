using Storefront.Domain.Common;

namespace Storefront.Domain.Catalog;

/// <summary>
/// A sock model with its variants and pictures. The aggregate root: variants and images change only
/// through it, so SKUs stay unique within the product and prices and stock keep their rules.
/// </summary>
public sealed class Product
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 8000;
    public const int MaxTextLength = 400;

    public const string ConcurrentEditMessage =
        "Someone else saved this product while you were editing it. Reload the page to see their changes, then make yours again.";

    private readonly List<ProductVariant> _variants = [];
    private readonly List<ProductImage> _images = [];

    private Product()
    {
        Name = string.Empty;
        Slug = null!;
        Description = string.Empty;
        Material = string.Empty;
        Care = string.Empty;
    }

    public Product(
        string name,
        Slug slug,
        Guid categoryId,
        SockStyle style,
        CompressionLevel compression,
        SockUse uses,
        DateTimeOffset createdAt)
        : this()
    {
        Id = Guid.CreateVersion7();
        Rename(name, slug);
        CategoryId = categoryId;
        Classify(style, compression, uses);
        CreatedAt = createdAt;
        Status = ProductStatus.Draft;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Slug Slug { get; private set; }

    /// <summary>Markdown, sanitised when rendered.</summary>
    public string Description { get; private set; }

    public string Material { get; private set; }

    public string Care { get; private set; }

    public Guid CategoryId { get; private set; }

    public SockStyle Style { get; private set; }

    public CompressionLevel Compression { get; private set; }

    public SockUse Uses { get; private set; }

    public ProductStatus Status { get; private set; }

    public bool IsFeatured { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Lowest price of any variant that can still be bought, kept so the catalog can sort and filter by it.</summary>
    public decimal FromPrice { get; private set; }

    /// <summary>Counts saved edits; an editor that saw an older version may not overwrite a newer one.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ProductVariant> Variants => _variants;

    public IReadOnlyList<ProductImage> Images => _images;

    public bool IsPublished => Status == ProductStatus.Published;

    /// <summary>
    /// Starts an edit made by someone who last saw <paramref name="seenVersion"/>: refused when another edit was saved since.
    /// </summary>
    public void Revise(int seenVersion)
    {
        if (seenVersion != Version)
        {
            throw new DomainException(ConcurrentEditMessage);
        }

        Version++;
    }

    public void Rename(string name, Slug slug)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw new DomainException($"A product name needs 1 to {MaxNameLength} characters.");
        }

        Name = trimmed;
        Slug = slug;
    }

    public void Describe(string description, string material, string care)
    {
        Description = Limit(description, MaxDescriptionLength, "description");
        Material = Limit(material, MaxTextLength, "material");
        Care = Limit(care, MaxTextLength, "care");
    }

    public void Classify(SockStyle style, CompressionLevel compression, SockUse uses)
    {
        if (!Enum.IsDefined(style) || !Enum.IsDefined(compression))
        {
            throw new DomainException("Unknown style or compression level.");
        }

        if (uses == SockUse.None || (uses & ~AllUses) != 0)
        {
            throw new DomainException("A product needs at least one known use.");
        }

        Style = style;
        Compression = compression;
        Uses = uses;
    }

    public void MoveToCategory(Guid categoryId) => CategoryId = categoryId;

    public void Feature(bool featured) => IsFeatured = featured;

    public void Publish()
    {
        if (!_variants.Any(v => !v.IsRetired))
        {
            throw new DomainException("A product needs at least one variant before it can be published.");
        }

        Status = ProductStatus.Published;
    }

    public void Unpublish() => Status = ProductStatus.Draft;

    public void Archive() => Status = ProductStatus.Archived;

    /// <summary>Moves the product to <paramref name="status"/> through the rule of that status; answers whether it changed.</summary>
    public bool ChangeStatus(ProductStatus status)
    {
        if (Status == status)
        {
            return false;
        }

        switch (status)
        {
            case ProductStatus.Published:
                Publish();
                break;
            case ProductStatus.Archived:
                Archive();
                break;
            default:
                Unpublish();
                break;
        }

        return true;
    }

    public ProductVariant AddVariant(string sku, string size, string colour, string colourHex, Money price, Money? compareAtPrice, int stockOnHand)
    {
        var variant = new ProductVariant(Id, sku, size, colour, colourHex, price, compareAtPrice, stockOnHand);
        EnsureUnique(variant.Sku, variant.Size, variant.Colour, except: null);
        _variants.Add(variant);
        RefreshFromPrice();
        return variant;
    }

    public ProductVariant Variant(Guid variantId) =>
        _variants.FirstOrDefault(v => v.Id == variantId)
        ?? throw new DomainException("That size and colour is not part of this product.");

    public void ChangeVariant(Guid variantId, string sku, string size, string colour, string colourHex)
    {
        var variant = Variant(variantId);
        EnsureUnique(sku.Trim().ToUpperInvariant(), size.Trim(), colour.Trim(), except: variant);
        variant.Describe(sku, size, colour, colourHex);
    }

    public void RepriceVariant(Guid variantId, Money price, Money? compareAtPrice)
    {
        Variant(variantId).Reprice(price, compareAtPrice);
        RefreshFromPrice();
    }

    /// <summary>Removes a variant nobody ordered; a variant that appears in orders is retired instead.</summary>
    public void RemoveVariant(Guid variantId, bool appearsInOrders)
    {
        var variant = Variant(variantId);
        if (appearsInOrders)
        {
            variant.Retire();
        }
        else
        {
            _variants.Remove(variant);
        }

        RefreshFromPrice();
    }

    /// <summary>Sets a variant's counted stock and records why, so stock changes can be traced.</summary>
    public StockAdjustment AdjustStock(Guid variantId, int stockOnHand, string reason, DateTimeOffset at)
    {
        var variant = Variant(variantId);
        var adjustment = new StockAdjustment(variant, stockOnHand - variant.StockOnHand, reason, at);
        variant.SetStock(stockOnHand);
        return adjustment;
    }

    /// <summary>Holds units of a variant for a checkout in progress; refused when fewer are available.</summary>
    public void Reserve(Guid variantId, int quantity) => Variant(variantId).Reserve(quantity);

    /// <summary>Puts units held for an unpaid checkout back on sale.</summary>
    public void ReleaseReservation(Guid variantId, int quantity) => Variant(variantId).ReleaseReservation(quantity);

    /// <summary>A paid reservation leaves the shelf.</summary>
    public void CompleteSale(Guid variantId, int quantity) => Variant(variantId).CompleteSale(quantity);

    /// <summary>Adds a picture; <paramref name="colour"/> names the variant colour it shows, null for every colour.</summary>
    public ProductImage AddImage(string url, string altText, string? colour = null)
    {
        var image = new ProductImage(url, altText, colour, _images.Count);
        _images.Add(image);
        return image;
    }

    /// <summary>The picture to show for a colour (<see cref="ProductImage.Showing"/>), or null when there is none.</summary>
    public ProductImage? ImageFor(string? colour) => ProductImage.Showing(_images.OrderBy(i => i.Position), i => i.Colour, colour);

    /// <summary>Moves an image one place earlier (-1) or later (+1).</summary>
    public void MoveImage(Guid imageId, int offset)
    {
        var ordered = _images.OrderBy(i => i.Position).Select(i => i.Id).ToList();
        var index = ordered.IndexOf(imageId);
        var target = index + offset;
        if (index < 0 || target < 0 || target >= ordered.Count)
        {
            return;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        ReorderImages(ordered);
    }

    public void RemoveImage(Guid imageId)
    {
        _images.RemoveAll(i => i.Id == imageId);
        Renumber(_images);
    }

    /// <summary>Puts the images in the given order; every image must be named once.</summary>
    public void ReorderImages(IReadOnlyList<Guid> imageIds)
    {
        if (imageIds.Count != _images.Count || imageIds.Distinct().Count() != _images.Count || imageIds.Any(id => _images.All(i => i.Id != id)))
        {
            throw new DomainException("Name each image of the product exactly once to reorder them.");
        }

        _images.Sort((a, b) => imageIds.ToList().IndexOf(a.Id).CompareTo(imageIds.ToList().IndexOf(b.Id)));
        Renumber(_images);
    }

    private static void Renumber(List<ProductImage> images)
    {
        for (var i = 0; i < images.Count; i++)
        {
            images[i].Position = i;
        }
    }

    private const SockUse AllUses = SockUse.Everyday | SockUse.Running | SockUse.Travel | SockUse.Recovery | SockUse.Pregnancy;

    private void EnsureUnique(string sku, string size, string colour, ProductVariant? except)
    {
        var others = _variants.Where(v => v != except).ToList();
        if (others.Any(v => v.Sku == sku))
        {
            throw new DomainException($"The SKU {sku} is already used by another variant of this product.");
        }

        if (others.Any(v => string.Equals(v.Size, size, StringComparison.OrdinalIgnoreCase) && string.Equals(v.Colour, colour, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"This product already has a {colour} variant in size {size}.");
        }
    }

    private void RefreshFromPrice() =>
        FromPrice = _variants.Where(v => !v.IsRetired).Select(v => v.Price.Amount).DefaultIfEmpty(0m).Min();

    private static string Limit(string? text, int maxLength, string what)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"The {what} can be at most {maxLength} characters.");
    }
}
