using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

public sealed class AdminSignInTests(AdminSignInTests.ConfiguredAdminFactory factory) : IClassFixture<AdminSignInTests.ConfiguredAdminFactory>
{
    [Fact]
    public async Task The_admin_from_configuration_signs_in_changes_the_password_and_signs_out()
    {
        var client = factory.CreateBrowserlessClient();
        var signIn = await client.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = ConfiguredAdminFactory.Email, ["Password"] = ConfiguredAdminFactory.Password });
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);

        var changed = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new() { ["CurrentPassword"] = ConfiguredAdminFactory.Password, ["NewPassword"] = "Another-Password-5678" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var signOut = await client.PostFormAsync("/admin", "/admin/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var afterSignOut = await client.GetAsync("/admin");
        Assert.StartsWith("/admin/login", afterSignOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await factory.EnsureUserAsync("locked@example.test", admin: true);
        var client = factory.CreateBrowserlessClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = "locked@example.test", ["Password"] = "wrong-guess" });
            Assert.NotEmpty(await wrong.ErrorsAsync());
        }

        var right = await client.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = "locked@example.test", ["Password"] = AdminSession.Password });

        Assert.Contains("Too many failed attempts: this account is locked for 15 minutes.", await right.ErrorsAsync());
    }

    [Fact]
    public async Task The_sign_in_form_tells_a_client_that_posts_too_often_to_wait()
    {
        using var limited = new ConfiguredAdminFactory { AttemptsPerMinute = 2 };
        var client = limited.CreateBrowserlessClient();
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await client.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = "x@example.test", ["Password"] = "guess" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Production_without_configured_admin_has_no_admin_account()
    {
        using var production = new EnvironmentFactory("Production");
        Assert.Empty(await production.AdminsAsync());
    }

    [Fact]
    public async Task Development_without_configured_admin_gets_one_admin_with_a_generated_password()
    {
        using var development = new EnvironmentFactory("Development");
        var admins = await development.AdminsAsync();
        Assert.Equal(["admin@storefront.local"], admins.Select(u => u.Email));
        Assert.NotNull(admins[0].PasswordHash);
    }

    public sealed class ConfiguredAdminFactory : StorefrontFactory
    {
        public const string Email = "owner@example.test";
        public const string Password = "Configured-Password-1234";

        public int AttemptsPerMinute { get; init; } = 10;

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("Admin:Email", Email);
            builder.UseSetting("Admin:Password", Password);
            builder.UseSetting("Admin:SignInAttemptsPerMinute", AttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private sealed class EnvironmentFactory(string environment) : StorefrontFactory
    {
        public async Task<IList<IdentityUser>> AdminsAsync()
        {
            _ = Server;
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().GetUsersInRoleAsync("Admin");
        }

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Checkout:PublicBaseUrl", "http://localhost");
        }
    }
}
