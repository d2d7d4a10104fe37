using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Application.Admin.Products.CreateProduct;

public sealed class CreateProductCommandValidator : AbstractValidator<CreateProductCommand>
{
    public CreateProductCommandValidator(IStorefrontDbContext db)
    {
        Include(new ProductFieldsValidator(db));
        RuleFor(c => c.Slug)
            .MustAsync(async (slug, ct) => !DomainSlug.IsValid(slug) || !await db.Products.AnyAsync(p => p.Slug == DomainSlug.Parse(slug), ct))
            .WithMessage(c => $"Another product already uses the slug \"{c.Slug}\".");
    }
}
