using FluentValidation;
using Storefront.Domain.Carts;

namespace Storefront.Application.Carts.ChangeQuantity;

public sealed class ChangeQuantityCommandValidator : AbstractValidator<ChangeQuantityCommand>
{
    public ChangeQuantityCommandValidator()
    {
        RuleFor(c => c.VariantId).NotEmpty();
        RuleFor(c => c.Quantity).InclusiveBetween(1, Cart.MaxQuantityPerLine).WithMessage($"Choose a quantity from 1 to {Cart.MaxQuantityPerLine}.");
    }
}
