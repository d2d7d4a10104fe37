using Mediator;

namespace Storefront.Application.Catalog.GetFeaturedProducts;

public sealed record GetFeaturedProductsQuery(int Count = 8) : IQuery<IReadOnlyList<ProductCard>>;
