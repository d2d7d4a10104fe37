using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Audit.GetAuditLog;

public sealed class GetAuditLogQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetAuditLogQuery, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(GetAuditLogQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityKey))
        {
            entries = entries.Where(a => a.EntityKey == query.EntityKey);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            entries = entries.Where(a => a.UserName == query.UserName);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = new Paging(query.Page, GetAuditLogQuery.PageSize);
        var items = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Page(page)
            .Select(a => new AuditRow(a.At, a.UserName, a.EntityType, a.EntityKey, a.Action, a.Changes))
            .ToListAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditLogPage(items, page.Number, page.PageCount(total), types);
    }
}
