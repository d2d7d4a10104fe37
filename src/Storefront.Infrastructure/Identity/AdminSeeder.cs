using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Infrastructure.Persistence.Seed;

namespace Storefront.Infrastructure.Identity;

/// <summary>
/// Makes sure the Admin role exists and the configured first admin holds it. With no admin configured, Development gets one
/// with a random password printed once; every other environment gets none, so there is never a default password.
/// </summary>
internal sealed partial class AdminSeeder(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    IWebHostEnvironment environment,
    ILogger<AdminSeeder> logger) : ISeeder
{
    public const string DevelopmentEmail = "admin@storefront.local";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await roles.RoleExistsAsync(AdminOptions.Role))
        {
            Check(await roles.CreateAsync(new IdentityRole(AdminOptions.Role)));
        }

        var configured = options.Value;
        if (!string.IsNullOrWhiteSpace(configured.Email) && !string.IsNullOrEmpty(configured.Password))
        {
            await EnsureAdminAsync(configured.Email.Trim(), configured.Password);
            return;
        }

        if ((await users.GetUsersInRoleAsync(AdminOptions.Role)).Count > 0)
        {
            return;
        }

        if (environment.IsDevelopment())
        {
            var password = RandomPassword();
            await EnsureAdminAsync(DevelopmentEmail, password);
            Console.WriteLine($"Storefront admin created for Development: {DevelopmentEmail} / {password} (shown once; set Admin:Email and Admin:Password to choose your own).");
        }
        else
        {
            LogNoAdmin(logger);
        }
    }

    private async Task EnsureAdminAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password));
        }

        if (!await users.IsInRoleAsync(user, AdminOptions.Role))
        {
            Check(await users.AddToRoleAsync(user, AdminOptions.Role));
        }
    }

    private static string RandomPassword() =>
        $"{Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y')}-9aZ";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up the admin account: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin account is configured: set Admin:Email and Admin:Password to create one")]
    private static partial void LogNoAdmin(ILogger logger);
}
