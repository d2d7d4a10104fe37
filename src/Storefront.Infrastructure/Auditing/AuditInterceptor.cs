using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Storefront.Application.Common;
using Storefront.Domain.Auditing;
using Storefront.Infrastructure.Images;

namespace Storefront.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every record a signed-in user adds, changes or deletes, in the same SaveChanges,
/// so a change and its audit are stored together or not at all. Shoppers' changes (no signed-in user) are not audited.
/// </summary>
internal sealed class AuditInterceptor(ICurrentUser currentUser, IClock clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Audit(DbContext? context)
    {
        if (context is null || currentUser.UserName is not { } userName)
        {
            return;
        }

        var now = clock.UtcNow;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e.Entity))
            .Select(e => new AuditEntry(userName, now, e.Metadata.ClrType.Name, Key(e), e.State.ToString(), Changes(e)))
            .Where(a => a.Changes.Length > 0 || a.Action != nameof(EntityState.Modified))
            .ToList();
        context.AddRange(entries);
    }

    private static bool IsAudited(object entity) =>
        entity is not AuditEntry and not StoredImage and not IdentityUserToken<string> and not IdentityUserLogin<string>;

    private static string Key(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)) ?? []);

    private static string Changes(EntityEntry entry)
    {
        var lines = new List<string>();
        foreach (var property in entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties)))
        {
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            var name = Name(property);
            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, Format(property.CurrentValue)),
                EntityState.Deleted => (Format(property.OriginalValue), null),
                _ => (Format(property.OriginalValue), Format(property.CurrentValue)),
            };
            if (before == after)
            {
                continue;
            }

            lines.Add(IsSecret(name) ? $"{name}: changed" : $"{name}: {Quote(before)} → {Quote(after)}");
        }

        return string.Join('\n', lines);
    }

    private static string Name(PropertyEntry property) =>
        property.Metadata.DeclaringType is IComplexType complex
            ? $"{complex.ComplexProperty.Name}.{property.Metadata.Name}"
            : property.Metadata.Name;

    // Identity keeps hashes and stamps on users: the audit says that they changed, never what they are.
    private static bool IsSecret(string name) =>
        name is "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp";

    private static string Quote(string? value) => value is null ? "∅" : $"\"{value}\"";

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("u", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.00##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
