using Mediator;

namespace Storefront.Application.Admin.Products.AdjustStock;

/// <summary>Sets a variant's counted stock, with the reason recorded.</summary>
public sealed record AdjustStockCommand(Guid ProductId, int Version, Guid VariantId, int StockOnHand, string Reason) : ICommand;
