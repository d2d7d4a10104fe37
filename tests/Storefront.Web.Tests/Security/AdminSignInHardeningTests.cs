using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class SignInLogFactory : StorefrontFactory
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
}

public sealed class AdminSignInHardeningTests(SignInLogFactory factory) : IClassFixture<SignInLogFactory>
{
    private const string Mismatch = "That email and password do not match an account.";
    private const string Locked = "Too many failed attempts: this account is locked for 15 minutes.";

    [Fact]
    public async Task Unknown_and_known_emails_get_the_same_answers_and_both_lock_after_five_failures_which_are_logged()
    {
        await factory.EnsureUserAsync("known@example.test", admin: true);
        var known = await AttemptsAsync("known@example.test", "198.51.100.61", AdminSession.Password);
        var unknown = await AttemptsAsync("ghost@example.test", "198.51.100.62", AdminSession.Password);

        Assert.Equal([Mismatch, Mismatch, Mismatch, Mismatch, Locked, Locked], known);
        Assert.Equal(known, unknown);
        var warnings = factory.Logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Equal(5, warnings.Count(m => m == "Failed admin sign-in for ghost@example.test from 198.51.100.62"));
        Assert.Contains(warnings, m => m.StartsWith("Admin sign-in refused: known@example.test is locked out", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.StartsWith("Admin sign-in refused: ghost@example.test is locked out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_turns_on_two_factor_sign_in_and_from_then_on_signs_in_with_a_code_from_the_app()
    {
        const string Email = "totp@example.test";
        await factory.EnsureUserAsync(Email, admin: true);
        var browser = TestClientAddress.From(factory.CreateBrowserlessClient(), "198.51.100.63");
        await browser.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = Email, ["Password"] = AdminSession.Password });
        var key = (await browser.GetDocumentAsync("/admin/account/two-factor")).QuerySelector("[data-testid=authenticator-key]")!.TextContent;

        var wrong = await browser.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor", new() { ["Code"] = "000000" });
        Assert.Contains("That code is not right. Enter the code your authenticator app shows now.", await wrong.ErrorsAsync());
        var enabled = await browser.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        await browser.PostFormAsync("/admin", "/admin/logout", []);

        var password = await browser.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = Email, ["Password"] = AdminSession.Password });
        Assert.StartsWith("/admin/login/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/admin/login", (await browser.GetAsync("/admin")).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var badCode = await browser.PostFormAsync("/admin/login/two-factor", "/admin/login/two-factor", new() { ["Code"] = "123456" });
        Assert.Contains("That code is not right. Enter the code your authenticator app shows now.", await badCode.ErrorsAsync());

        var signedIn = await browser.PostFormAsync("/admin/login/two-factor", "/admin/login/two-factor", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)) });
        Assert.Equal("/admin", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/orders")).StatusCode);
    }

    [Fact]
    public async Task When_two_factor_is_required_an_admin_without_it_sees_only_the_setup_page()
    {
        using var required = new RequireTwoFactorFactory();
        await required.EnsureUserAsync("required@example.test", admin: true);
        var browser = required.CreateBrowserlessClient();
        await browser.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = "required@example.test", ["Password"] = AdminSession.Password });

        Assert.Equal("/admin/account/two-factor", (await browser.GetAsync("/admin/orders")).Headers.Location?.OriginalString);
        var setup = await browser.GetDocumentAsync("/admin/account/two-factor");
        Assert.Contains("requires two-factor sign-in", setup.QuerySelector("[role=alert]")?.TextContent);
    }

    private async Task<List<string>> AttemptsAsync(string email, string address, string rightPassword)
    {
        var client = TestClientAddress.From(factory.CreateBrowserlessClient(), address);
        var answers = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var password = attempt < 5 ? "Wrong-Password-0000" : rightPassword;
            var response = await client.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = email, ["Password"] = password });
            answers.Add((await response.ErrorsAsync()).Single());
        }

        return answers;
    }

    private sealed class RequireTwoFactorFactory : StorefrontFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Admin:RequireTwoFactor", "true");
    }
}
