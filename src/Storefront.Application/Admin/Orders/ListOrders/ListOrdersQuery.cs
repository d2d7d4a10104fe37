using Mediator;
using Storefront.Domain.Ordering;

namespace Storefront.Application.Admin.Orders.ListOrders;

/// <summary>
/// Orders newest first, narrowed by state, a date range (UTC days, inclusive) and a number or email search. Checkouts
/// nobody paid for are left out unless asked for, a state is chosen or a search names them; one under review stays.
/// </summary>
public sealed record ListOrdersQuery : IQuery<AdminOrderList>
{
    public const int PageSize = 25;

    public OrderStatus? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Search { get; init; }

    public bool FlaggedOnly { get; init; }

    public bool IncludeUnpaid { get; init; }

    public int Page { get; init; } = 1;
}

public sealed record AdminOrderList(IReadOnlyList<AdminOrderRow> Items, int TotalCount, int Page, int TotalPages);

public sealed record AdminOrderRow(Guid Id, string Number, DateTimeOffset CreatedAt, string? Email, decimal Total, OrderStatus Status, bool Flagged);
