using FluentValidation;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Admin.Products.UploadProductImage;

public sealed class UploadProductImageCommandValidator : AbstractValidator<UploadProductImageCommand>
{
    public UploadProductImageCommandValidator()
    {
        RuleFor(c => c.Length).GreaterThan(0).WithMessage("Choose a picture to upload.")
            .LessThanOrEqualTo(UploadProductImageCommand.MaxBytes).WithMessage("A picture can be at most 2 MB.");
        RuleFor(c => c.AltText).Must(a => !string.IsNullOrWhiteSpace(a) && a.Trim().Length <= ProductImage.MaxAltTextLength)
            .WithMessage($"Describe the picture in alt text of 1 to {ProductImage.MaxAltTextLength} characters.");
        RuleFor(c => c.Colour).MaximumLength(ProductVariant.MaxColourLength)
            .WithMessage($"A picture's colour has at most {ProductVariant.MaxColourLength} characters.");
    }
}
