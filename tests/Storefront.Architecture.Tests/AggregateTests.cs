using System.Reflection;
using System.Runtime.CompilerServices;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Architecture.Tests;

/// <summary>
/// Entities inside an aggregate change only through their root (the types <see cref="IStorefrontDbContext"/> exposes
/// as sets), so the root can keep its rules. A public method on a non-root entity must be a read, marked [Query].
/// </summary>
public sealed class AggregateTests
{
    private static readonly Assembly Domain = typeof(Domain.Common.Money).Assembly;

    [Fact]
    public void Entities_inside_an_aggregate_expose_no_public_mutators()
    {
        var roots = typeof(IStorefrontDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType)
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();
        var inner = Domain.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetProperty("Id")?.PropertyType == typeof(Guid) && !roots.Contains(t))
            .ToList();
        Assert.Contains(inner, t => t.Name == "ProductVariant");

        var mutators = inner.SelectMany(t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod?.IsPublic == true)
                .Select(p => $"{t.Name}.{p.Name} (setter)")
            .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == t)
                .Where(m => m.GetCustomAttribute<QueryAttribute>() is null && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Select(m => $"{t.Name}.{m.Name}()")))
            .ToList();

        Assert.True(mutators.Count == 0, "Change these through the aggregate root (or mark a read [Query]): " + string.Join(", ", mutators));
    }
}
