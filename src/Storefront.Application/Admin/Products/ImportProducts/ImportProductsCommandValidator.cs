using FluentValidation;

namespace Storefront.Application.Admin.Products.ImportProducts;

public sealed class ImportProductsCommandValidator : AbstractValidator<ImportProductsCommand>
{
    public ImportProductsCommandValidator()
    {
        RuleFor(c => c.Length).GreaterThan(0).WithMessage("Choose a CSV file to import.")
            .LessThanOrEqualTo(ImportProductsCommand.MaxBytes).WithMessage("A CSV file can be at most 5 MB.");
    }
}
