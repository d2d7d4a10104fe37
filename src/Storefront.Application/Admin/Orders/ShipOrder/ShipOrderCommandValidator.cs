using FluentValidation;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Admin.Orders.ShipOrder;

public sealed class ShipOrderCommandValidator : AbstractValidator<ShipOrderCommand>
{
    public ShipOrderCommandValidator() =>
        RuleFor(c => c.TrackingNumber).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= Order.MaxTrackingLength)
            .WithMessage($"Give the carrier's tracking number (1 to {Order.MaxTrackingLength} characters).");
}
