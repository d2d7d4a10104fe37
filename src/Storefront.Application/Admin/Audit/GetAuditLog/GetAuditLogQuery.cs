using Mediator;

namespace Storefront.Application.Admin.Audit.GetAuditLog;

/// <summary>The audit log, newest first, optionally narrowed to one kind of record, one record or one user.</summary>
public sealed record GetAuditLogQuery : IQuery<AuditLogPage>
{
    public const int PageSize = 50;

    public string? EntityType { get; init; }

    public string? EntityKey { get; init; }

    public string? UserName { get; init; }

    public int Page { get; init; } = 1;
}

public sealed record AuditLogPage(IReadOnlyList<AuditRow> Items, int Page, int TotalPages, IReadOnlyList<string> EntityTypes);

public sealed record AuditRow(DateTimeOffset At, string UserName, string EntityType, string EntityKey, string Action, string Changes);
