using FluentValidation;

namespace Storefront.Application.Catalog.GetCatalogPage;

public sealed class GetCatalogPageQueryValidator : AbstractValidator<GetCatalogPageQuery>
{
    public GetCatalogPageQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(GetCatalogPageQuery.MaxSearchLength)
            .WithMessage($"Search for at most {GetCatalogPageQuery.MaxSearchLength} characters.");
    }
}
