namespace Storefront.Application.Common;

/// <summary>
/// The tags cached public pages carry, so that a change evicts exactly the pages that show it. Pages tag themselves
/// with what they show; the cache-eviction interceptor maps each committed change to the tags it touches.
/// </summary>
public static class PageTags
{
    /// <summary>Pages that list products: home, shop, the guides and their finders (suggested socks).</summary>
    public const string Listings = "listings";

    /// <summary>Every product page (breadcrumbs name the category; "Why it helps" quotes the guides).</summary>
    public const string Products = "products";

    /// <summary>Pages that show a guide's text: the guides, their finders, the list of guides, the home page.</summary>
    public const string Guides = "guides";

    /// <summary>One product's page.</summary>
    public static string Product(Guid productId) => $"product:{productId:N}";
}
