using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Application.Admin.Products.UpdateProduct;

public sealed class UpdateProductCommandValidator : AbstractValidator<UpdateProductCommand>
{
    public UpdateProductCommandValidator(IStorefrontDbContext db)
    {
        Include(new ProductFieldsValidator(db));
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choose draft, published or archived.");
        RuleFor(c => c.Slug)
            .MustAsync(async (command, slug, ct) =>
                !DomainSlug.IsValid(slug) || !await db.Products.AnyAsync(p => p.Slug == DomainSlug.Parse(slug) && p.Id != command.ProductId, ct))
            .WithMessage(c => $"Another product already uses the slug \"{c.Slug}\".");
    }
}
