using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Common;
using Storefront.Infrastructure.Identity;
using Storefront.Web.Http;

namespace Storefront.Web.Admin;

/// <summary>The admin area: cookie sign-in at /admin/login, every page under /Admin for the Admin role only, a rate-limited sign-in form.</summary>
public static class AdminAreaSetup
{
    public const string SignInRateLimit = "admin-sign-in";
    public const string LoginPath = "/admin/login";

    public static IServiceCollection AddAdminArea(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        services.AddAuthorizationBuilder().AddPolicy(AdminOptions.Policy, policy => policy.RequireAuthenticatedUser().RequireRole(AdminOptions.Role));
        services.Configure<RazorPagesOptions>(options => options.Conventions
            .AuthorizeFolder("/Admin", AdminOptions.Policy)
            .AllowAnonymousToPage("/Admin/Login")
            .AllowAnonymousToPage("/Admin/LoginTwoFactor"));
        services.AddMemoryCache();
        services.AddSingleton<SignInFailures>();
        if (configuration.GetValue<bool>($"{AdminOptions.Section}:{nameof(AdminOptions.RequireTwoFactor)}"))
        {
            string[] open = ["/Admin/Login", "/Admin/LoginTwoFactor", "/Admin/Logout", "/Admin/Account/TwoFactor"];
            services.Configure<RazorPagesOptions>(options => options.Conventions.AddFolderApplicationModelConvention("/Admin", page =>
            {
                if (!open.Contains(page.ViewEnginePath, StringComparer.Ordinal))
                {
                    page.Filters.Add(new RequireTwoFactorFilter());
                }
            }));
        }

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Storefront.Admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = LoginPath;
            options.LogoutPath = "/admin/logout";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // A signed-in shopper or non-admin gets a plain 403, not a redirect to a page that cannot help them.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAdminSessionLimits(configuration);
        var attemptsPerMinute = configuration.GetValue($"{AdminOptions.Section}:{nameof(AdminOptions.SignInAttemptsPerMinute)}", new AdminOptions().SignInAttemptsPerMinute);
        services.AddRateLimiter(options =>
            options.AddPolicy(SignInRateLimit, context => RateLimiting.PerMinute(context, attemptsPerMinute, HttpMethods.IsPost(context.Request.Method))));
        return services;
    }
}
