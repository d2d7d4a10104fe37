using FluentValidation;
using Storefront.Domain.Catalog;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Application.Admin.Categories;

internal static class CategoryNameValidation
{
    public static IRuleBuilderOptions<T, string> IsCategoryName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= Category.MaxNameLength && n.Any(char.IsAsciiLetterOrDigit))
            .WithMessage($"A category name needs 1 to {Category.MaxNameLength} characters, with at least one letter or digit.");

    public static DomainSlug SlugOf(string name) => DomainSlug.FromText(name);
}
