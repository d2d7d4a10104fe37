using Storefront.Application.Common;

namespace Storefront.Web.Admin;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserName =>
        accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
}
