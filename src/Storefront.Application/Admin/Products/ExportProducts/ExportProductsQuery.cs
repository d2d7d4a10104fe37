using Mediator;

namespace Storefront.Application.Admin.Products.ExportProducts;

/// <summary>Every product with its variants as a CSV file, in the format the import reads back.</summary>
public sealed record ExportProductsQuery : IQuery<byte[]>;
