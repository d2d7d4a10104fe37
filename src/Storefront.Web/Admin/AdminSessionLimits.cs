using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Storefront.Application.Common;
using Storefront.Infrastructure.Identity;

namespace Storefront.Web.Admin;

/// <summary>
/// An admin session ends for good: its cookie is checked against the account's security stamp every
/// <see cref="AdminOptions.SessionCheckInterval"/> (sign-out and a password change renew the stamp), and it lasts at
/// most <see cref="AdminOptions.SessionLifetime"/> from sign-in, however often the sliding expiry renews it.
/// </summary>
public static class AdminSessionLimits
{
    private const string SignedInAt = ".storefront.signed-in-at";

    public static IServiceCollection AddAdminSessionLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var admin = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = admin.SessionCheckInterval);
        services.ConfigureApplicationCookie(options =>
        {
            var checkStamp = options.Events.OnValidatePrincipal;
            options.Events.OnSigningIn = context =>
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<IClock>().UtcNow;
                context.Properties.Items.TryAdd(SignedInAt, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<IClock>().UtcNow;
                if (!context.Properties.Items.TryGetValue(SignedInAt, out var signedIn)
                    || !long.TryParse(signedIn, CultureInfo.InvariantCulture, out var seconds)
                    || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > admin.SessionLifetime)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(context.Scheme.Name);
                    return;
                }

                await checkStamp(context);
            };
        });
        return services;
    }
}
