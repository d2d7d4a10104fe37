namespace Storefront.Domain.Auditing;

/// <summary>One saved change made by a signed-in user: who, when, which record, and each property from what to what.</summary>
public sealed class AuditEntry
{
    public const int MaxChangesLength = 16000;

    private AuditEntry()
    {
        UserName = string.Empty;
        EntityType = string.Empty;
        EntityKey = string.Empty;
        Action = string.Empty;
        Changes = string.Empty;
    }

    public AuditEntry(string userName, DateTimeOffset at, string entityType, string entityKey, string action, string changes)
    {
        Id = Guid.CreateVersion7();
        UserName = userName;
        At = at;
        EntityType = entityType;
        EntityKey = entityKey;
        Action = action;
        Changes = changes.Length <= MaxChangesLength ? changes : changes[..MaxChangesLength];
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string EntityType { get; private set; }

    public string EntityKey { get; private set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; }

    /// <summary>One line per property: <c>Name: "old" → "new"</c>.</summary>
    public string Changes { get; private set; }
}
