using FluentValidation;
using Storefront.Domain.Carts;

namespace Storefront.Application.Carts.ChangeQuantities;

public sealed class ChangeQuantitiesCommandValidator : AbstractValidator<ChangeQuantitiesCommand>
{
    public ChangeQuantitiesCommandValidator()
    {
        RuleFor(c => c.Quantities).NotEmpty().WithMessage("Your cart is empty.");
        RuleForEach(c => c.Quantities).Must(q => q.Value is >= 1 and <= Cart.MaxQuantityPerLine)
            .OverridePropertyName("Quantity")
            .WithMessage($"Choose a quantity from 1 to {Cart.MaxQuantityPerLine}.");
    }
}
