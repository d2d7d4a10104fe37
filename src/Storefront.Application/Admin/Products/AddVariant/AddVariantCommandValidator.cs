using FluentValidation;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.AddVariant;

public sealed class AddVariantCommandValidator : AbstractValidator<AddVariantCommand>
{
    public AddVariantCommandValidator(IStorefrontDbContext db)
    {
        Include(new VariantFieldsValidator());
        RuleFor(c => c.StockOnHand).GreaterThanOrEqualTo(0).WithMessage("Stock cannot be negative.")
            .LessThanOrEqualTo(ProductVariant.MaxStock).WithMessage($"Stock can be at most {ProductVariant.MaxStock}.");
        RuleFor(c => c.Sku).MustAsync((sku, ct) => db.IsSkuFreeAsync(sku ?? string.Empty, null, ct))
            .WithMessage(c => $"The SKU {c.Sku.Trim().ToUpperInvariant()} is already used in the shop.");
    }
}
