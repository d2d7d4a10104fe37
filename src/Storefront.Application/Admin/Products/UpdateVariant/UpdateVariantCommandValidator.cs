using FluentValidation;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Products.UpdateVariant;

public sealed class UpdateVariantCommandValidator : AbstractValidator<UpdateVariantCommand>
{
    public UpdateVariantCommandValidator(IStorefrontDbContext db)
    {
        Include(new VariantFieldsValidator());
        RuleFor(c => c.Sku).MustAsync((command, sku, ct) => db.IsSkuFreeAsync(sku ?? string.Empty, command.VariantId, ct))
            .WithMessage(c => $"The SKU {c.Sku.Trim().ToUpperInvariant()} is already used in the shop.");
    }
}
