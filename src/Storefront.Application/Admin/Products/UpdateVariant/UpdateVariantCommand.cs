using Mediator;

namespace Storefront.Application.Admin.Products.UpdateVariant;

/// <summary>Changes a variant's description and price; stock changes go through <c>AdjustStockCommand</c> with a reason.</summary>
public sealed record UpdateVariantCommand : VariantFields, ICommand
{
    public Guid VariantId { get; init; }
}
