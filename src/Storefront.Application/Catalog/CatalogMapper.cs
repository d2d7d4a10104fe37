using Riok.Mapperly.Abstractions;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog;

/// <summary>Read-model mappings of the catalog. The IQueryable projection becomes SQL, so it selects only what a tile shows.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CatalogMapper
{
    public static partial IQueryable<ProductCard> ProjectToCards(this IQueryable<Product> products);

    [MapPropertyFromSource(nameof(ProductCard.ImageUrl), Use = nameof(FirstImageUrl))]
    [MapPropertyFromSource(nameof(ProductCard.ImageAlt), Use = nameof(FirstImageAlt))]
    [MapPropertyFromSource(nameof(ProductCard.InStock), Use = nameof(HasStock))]
    private static partial ProductCard ToCard(Product product);

    private static string SlugToString(Slug slug) => slug.Value;

    private static string FirstImageUrl(Product product) =>
        product.Images.OrderBy(i => i.Position).Select(i => i.Url).FirstOrDefault() ?? "/img/placeholder.svg";

    private static string FirstImageAlt(Product product) =>
        product.Images.OrderBy(i => i.Position).Select(i => i.AltText).FirstOrDefault() ?? product.Name;

    private static bool HasStock(Product product) =>
        product.Variants.AsQueryable().Any(ForSale.InStock);
}
