using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Storefront.Web.Pages.Admin.Account;

namespace Storefront.Web.Admin;

/// <summary>With <c>Admin:RequireTwoFactor</c>, an admin without two-factor sign-in sees only the page that sets it up.</summary>
internal sealed class RequireTwoFactorFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
        if (context.HttpContext.User.Identity?.IsAuthenticated == true
            && await users.GetUserAsync(context.HttpContext.User) is { TwoFactorEnabled: false })
        {
            context.Result = new RedirectResult(TwoFactorModel.Path);
            return;
        }

        await next();
    }
}
