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
            RuleFor(c => c.Address.State).NotEmpty().MaximumLength(50).WithName("State");
            RuleFor(c => c.Address.PostalCode).NotEmpty().MaximumLength(20).WithName("ZIP code");
            RuleFor(c => c.Email).EmailAddress().MaximumLength(200).When(c => !string.IsNullOrEmpty(c.Email));
        });
    }
}
