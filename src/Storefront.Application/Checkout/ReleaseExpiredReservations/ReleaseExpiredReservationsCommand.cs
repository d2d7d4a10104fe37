using Mediator;

namespace Storefront.Application.Checkout.ReleaseExpiredReservations;

/// <summary>Cancels unpaid orders whose payment session is over and puts their stock back on sale. Returns how many.</summary>
public sealed record ReleaseExpiredReservationsCommand : ICommand<int>;
