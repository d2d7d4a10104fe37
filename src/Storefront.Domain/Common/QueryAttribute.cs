namespace Storefront.Domain.Common;

/// <summary>
/// Marks a public method of an entity inside an aggregate as a read that changes nothing; an architecture test
/// refuses any other public method there, since changes go through the aggregate root.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QueryAttribute : Attribute;
