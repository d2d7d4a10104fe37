using Riok.Mapperly.Abstractions;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Catalog.GetProductDetails;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ProductDetailsMapper
{
    public static ProductDetails ToDetails(Product product) =>
        MapProduct(product) with
        {
            Images = product.Images.OrderBy(i => i.Position).Select(MapImage).ToList(),
            Variants = product.Variants
                .Where(v => !v.IsRetired)
                .OrderBy(v => v.Colour, StringComparer.OrdinalIgnoreCase)
                .ThenBy(v => SizeChart.Rank(v.Size))
                .Select(MapVariant)
                .ToList(),
            SizeChart = SizeChart.For(product.Style, product.Variants.Select(v => v.Size)),
        };

    [MapperIgnoreTarget(nameof(ProductDetails.CategoryName))]
    [MapperIgnoreTarget(nameof(ProductDetails.CategorySlug))]
    [MapperIgnoreTarget(nameof(ProductDetails.SizeChart))]
    [MapperIgnoreTarget(nameof(ProductDetails.GuideLinks))]
    [MapperIgnoreTarget(nameof(ProductDetails.BoughtTogether))]
    [MapperIgnoreTarget(nameof(ProductDetails.Related))]
    private static partial ProductDetails MapProduct(Product product);

    private static partial ImageView MapImage(ProductImage image);

    [MapProperty(nameof(@ProductVariant.Price.Amount), nameof(VariantOption.Price))]
    [MapProperty(nameof(@ProductVariant.Price.Currency), nameof(VariantOption.Currency))]
    private static partial VariantOption MapVariant(ProductVariant variant);

    private static string SlugToString(Slug slug) => slug.Value;

    private static decimal? CompareAtAmount(Money? money) => money?.Amount;
}
