using FluentValidation;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.AdjustStock;

public sealed class AdjustStockCommandValidator : AbstractValidator<AdjustStockCommand>
{
    public AdjustStockCommandValidator()
    {
        RuleFor(c => c.StockOnHand).GreaterThanOrEqualTo(0).WithMessage("Stock cannot be negative.")
            .LessThanOrEqualTo(ProductVariant.MaxStock).WithMessage($"Stock can be at most {ProductVariant.MaxStock}.");
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= StockAdjustment.MaxReasonLength)
            .WithMessage($"Give a reason of 1 to {StockAdjustment.MaxReasonLength} characters for a stock change.");
    }
}
