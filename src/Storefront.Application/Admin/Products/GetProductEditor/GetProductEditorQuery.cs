using Mediator;

namespace Storefront.Application.Admin.Products.GetProductEditor;

/// <summary>Everything the product edit page shows; null when the product does not exist.</summary>
public sealed record GetProductEditorQuery(Guid ProductId) : IQuery<ProductEditor?>;
