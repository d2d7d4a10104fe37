using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

/// <summary>Sessions checked on every request (instead of every minute) and a clock the test moves.</summary>
public sealed class SessionCheckFactory : StorefrontFactory
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Admin:SessionCheckInterval", "00:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }
}

public sealed class MovableClock : IClock
{
    public DateTimeOffset UtcNow { get; private set; } = DateTimeOffset.UtcNow;

    public void Advance(TimeSpan by) => UtcNow += by;
}

public sealed class AdminSessionTests(SessionCheckFactory factory) : IClassFixture<SessionCheckFactory>
{
    private const string CookieName = ".Storefront.Admin";

    [Fact]
    public async Task A_copied_admin_cookie_stops_opening_admin_after_sign_out()
    {
        var (browser, cookie) = await SignInAsync("copied@example.test");
        var copy = CopyOf(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/admin", "/admin/logout", [])).StatusCode);

        Assert.StartsWith("/admin/login", (await copy.GetAsync("/admin")).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_change_ends_the_accounts_other_sessions_but_not_the_one_that_changed_it()
    {
        var (other, _) = await SignInAsync("changer@example.test");
        var (changer, _) = await SignInAsync("changer@example.test");

        var changed = await changer.PostFormAsync("/admin/account/password", "/admin/account/password", new() { ["CurrentPassword"] = AdminSession.Password, ["NewPassword"] = "A-New-Password-9876" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.StartsWith("/admin/login", (await other.GetAsync("/admin")).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await changer.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_admin_session_in_constant_use_still_ends_twelve_hours_after_sign_in()
    {
        var (browser, _) = await SignInAsync("busy@example.test");
        for (var hour = 0; hour < 11; hour++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/orders")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.StartsWith("/admin/login", (await browser.GetAsync("/admin/orders")).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email)
    {
        await factory.EnsureUserAsync(email, admin: true);
        var browser = factory.CreateBrowserlessClient();
        var signedIn = await browser.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = email, ["Password"] = AdminSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';')]);
    }

    private HttpClient CopyOf(string cookie)
    {
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }
}
