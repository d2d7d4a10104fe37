using FluentValidation;
using Storefront.Domain.Carts;

namespace Storefront.Application.Carts.AddToCart;

public sealed class AddToCartCommandValidator : AbstractValidator<AddToCartCommand>
{
    public AddToCartCommandValidator()
    {
        RuleFor(c => c.VariantId).NotEmpty().WithMessage("Choose a size and colour.");
        RuleFor(c => c.Quantity).InclusiveBetween(1, Cart.MaxQuantityPerLine).WithMessage($"Choose a quantity from 1 to {Cart.MaxQuantityPerLine}.");
    }
}
