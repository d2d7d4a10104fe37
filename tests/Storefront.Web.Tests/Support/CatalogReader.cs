using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;

namespace Storefront.Web.Tests.Support;

/// <summary>Reads the catalog as a shopper sees it (product slugs across every page) and as the database holds it.</summary>
public static class CatalogReader
{
    /// <summary>The slugs of the product cards on <paramref name="url"/> and on every page after it, following the "Next" links.</summary>
    public static async Task<List<string>> AllSlugsAsync(this HttpClient client, string url)
    {
        var slugs = new List<string>();
        for (var next = url; next is not null;)
        {
            var page = await client.GetDocumentAsync(next);
            slugs.AddRange(page.CardSlugs());
            next = page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href");
        }

        return slugs;
    }

    public static IEnumerable<string> CardSlugs(this IHtmlDocument page) =>
        page.QuerySelectorAll(".product-card a.product-card-link")
            .Select(a => a.GetAttribute("href")!)
            .Select(href => href["/products/".Length..]);

    /// <summary>Every published product with its variants, straight from the database.</summary>
    public static Task<List<Product>> PublishedProductsAsync(this StorefrontFactory factory) =>
        factory.WithDbAsync(db => db.Products.AsNoTracking()
            .Include(p => p.Variants)
            .Where(p => p.Status == ProductStatus.Published)
            .ToListAsync());

    public static Task<List<Category>> CategoriesAsync(this StorefrontFactory factory) =>
        factory.WithDbAsync(db => db.Categories.AsNoTracking().ToListAsync());

    public static string[] Slugs(this IEnumerable<Product> products) => products.Select(p => p.Slug.Value).Order().ToArray();
}
