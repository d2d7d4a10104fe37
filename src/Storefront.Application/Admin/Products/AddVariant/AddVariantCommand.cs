using Mediator;

namespace Storefront.Application.Admin.Products.AddVariant;

public sealed record AddVariantCommand : VariantFields, ICommand<Guid>
{
    public int StockOnHand { get; init; }
}
