namespace Storefront.Application.Common;

/// <summary>The person behind the current request, for the audit log; null when nobody is signed in.</summary>
public interface ICurrentUser
{
    string? UserName { get; }
}
