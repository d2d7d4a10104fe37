using FluentValidation;

namespace Storefront.Application.Catalog.GetCatalogPage;

public sealed class GetCatalogPageQueryValidator : AbstractValidator<GetCatalogPageQuery>
{
    public GetCatalogPageQueryValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, GetCatalogPageQuery.MaxPage)
            .WithMessage($"Pages are numbered from 1 to {GetCatalogPageQuery.MaxPage}.");
        RuleFor(q => q.Search).MaximumLength(GetCatalogPageQuery.MaxSearchLength)
            .WithMessage($"Search for at most {GetCatalogPageQuery.MaxSearchLength} characters.");
    }
}
