using FluentValidation;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products;

/// <summary>The form rules of a variant's fields; SKU uniqueness is checked by each command, which knows the variant it edits.</summary>
public sealed class VariantFieldsValidator : AbstractValidator<VariantFields>
{
    public VariantFieldsValidator()
    {
        RuleFor(v => v.Sku).Must(sku => sku is { Length: > 0 and <= ProductVariant.MaxSkuLength } && sku.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            .WithMessage($"A SKU uses letters, digits and hyphens, 1 to {ProductVariant.MaxSkuLength} characters.");
        RuleFor(v => v.Size).Must(s => !string.IsNullOrWhiteSpace(s) && s.Trim().Length <= 10).WithMessage("Give a size of 1 to 10 characters.");
        RuleFor(v => v.Colour).Must(c => !string.IsNullOrWhiteSpace(c) && c.Trim().Length <= 40).WithMessage("Give a colour of 1 to 40 characters.");
        RuleFor(v => v.ColourHex).Matches("^#[0-9a-fA-F]{6}$").WithMessage("A swatch is a hex colour such as #1a2b3c.");
        RuleFor(v => v.Price).GreaterThanOrEqualTo(0).WithMessage("A price cannot be negative.")
            .LessThanOrEqualTo(ProductVariant.MaxPrice).WithMessage($"A price can be at most {ProductVariant.MaxPrice:0.00}.")
            .Must(p => decimal.Round(p, 2) == p).WithMessage("A price has at most two decimals.");
        RuleFor(v => v.CompareAtPrice).Must((v, compareAt) => compareAt is null || compareAt > v.Price)
            .WithMessage("The compare-at price must be higher than the price (or left empty).")
            .Must(p => p is null || decimal.Round(p.Value, 2) == p).WithMessage("A price has at most two decimals.")
            .Must(p => p is null || p <= ProductVariant.MaxPrice).WithMessage($"A price can be at most {ProductVariant.MaxPrice:0.00}.");
    }
}
