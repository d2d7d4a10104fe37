using Mediator;

namespace Storefront.Application.Admin.Products.CreateProduct;

/// <summary>Creates a product as a draft; it is published once it has a variant. Returns the new product's id.</summary>
public sealed record CreateProductCommand : ProductFields, ICommand<Guid>;
