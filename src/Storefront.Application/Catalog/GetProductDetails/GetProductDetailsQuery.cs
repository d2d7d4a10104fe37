using Mediator;

namespace Storefront.Application.Catalog.GetProductDetails;

/// <summary>A published product by its slug; null when there is none to show.</summary>
public sealed record GetProductDetailsQuery(string Slug) : IQuery<ProductDetails?>;
