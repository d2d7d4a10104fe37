using FluentValidation;

namespace Storefront.Application.Checkout.TestPayment;

public sealed class CompleteTestPaymentCommandValidator : AbstractValidator<CompleteTestPaymentCommand>
{
    public CompleteTestPaymentCommandValidator()
    {
        When(c => c.Approve, () =>
        {
            RuleFor(c => c.Address.Name).NotEmpty().MaximumLength(100).WithName("Name");
            RuleFor(c => c.Address.Line1).NotEmpty().MaximumLength(200).WithName("Address");
            RuleFor(c => c.Address.City).NotEmpty().MaximumLength(100).WithName("City");
            RuleFor(c => c.Address.State).Must(UsAddress.IsState)
                .WithMessage("Enter the state as its two-letter code, like IL or NY.");
            RuleFor(c => c.Address.PostalCode).Must(UsAddress.IsZip)
                .WithMessage("Enter a US ZIP code: 5 digits, like 62701, or ZIP+4, like 62701-1234.");
            RuleFor(c => c.Email).EmailAddress().MaximumLength(200).When(c => !string.IsNullOrEmpty(c.Email));
        });
    }
}
