using Storefront.Application.Common;

namespace Storefront.Infrastructure.Auditing;

internal sealed class NoCurrentUser : ICurrentUser
{
    public string? UserName => null;
}
