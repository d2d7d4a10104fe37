using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Application.Admin.Products;

/// <summary>The form rules of a product's fields; included by the create and update validators.</summary>
public sealed class ProductFieldsValidator : AbstractValidator<ProductFields>
{
    public ProductFieldsValidator(IStorefrontDbContext db)
    {
        RuleFor(p => p.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the product a name.")
            .MaximumLength(Product.MaxNameLength).WithMessage($"A product name can be at most {Product.MaxNameLength} characters.");
        RuleFor(p => p.Slug).Must(DomainSlug.IsValid)
            .WithMessage($"A slug uses lower-case letters, digits and single hyphens, at most {DomainSlug.MaxLength} characters.");
        RuleFor(p => p.CategoryId).MustAsync((id, ct) => db.Categories.AnyAsync(c => c.Id == id, ct)).WithMessage("Choose a category.");
        RuleFor(p => p.Style).IsInEnum().WithMessage("Choose a style.");
        RuleFor(p => p.Compression).IsInEnum().WithMessage("Choose a compression level.");
        RuleFor(p => p.Uses).NotEqual(SockUse.None).WithMessage("Tick at least one use.");
        RuleFor(p => p.Description).MaximumLength(Product.MaxDescriptionLength)
            .WithMessage($"The description can be at most {Product.MaxDescriptionLength} characters.");
        RuleFor(p => p.Material).MaximumLength(Product.MaxTextLength).WithMessage($"Material can be at most {Product.MaxTextLength} characters.");
        RuleFor(p => p.Care).MaximumLength(Product.MaxTextLength).WithMessage($"Care can be at most {Product.MaxTextLength} characters.");
    }
}
