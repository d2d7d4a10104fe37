using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Storefront.Web.Tests.Support;

/// <summary>Signs test users in through the real /admin/login form and posts admin forms with their antiforgery tokens.</summary>
public static class AdminSession
{
    public const string Password = "Test-Password-1234";

    public static async Task EnsureUserAsync(this StorefrontFactory factory, string email, bool admin)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (admin)
        {
            Assert.True((await users.AddToRoleAsync(user, "Admin")).Succeeded);
        }
    }

    private static readonly ConditionalWeakTable<StorefrontFactory, ConcurrentDictionary<string, HttpClient>> SignedIn = [];

    /// <summary>A client signed in as <paramref name="email"/>; one per user and app, as the sign-in form is rate limited.</summary>
    public static async Task<HttpClient> SignInAsync(this StorefrontFactory factory, string email = "admin@example.test", bool admin = true)
    {
        var clients = SignedIn.GetOrCreateValue(factory);
        if (clients.TryGetValue(email, out var signedIn))
        {
            return signedIn;
        }

        await factory.EnsureUserAsync(email, admin);
        var client = factory.CreateBrowserlessClient();
        var response = await client.PostFormAsync("/admin/login", "/admin/login", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return clients.GetOrAdd(email, client);
    }

    /// <summary>Posts a form the way a browser would: first loads <paramref name="pageUrl"/> for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string actionUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value
            ?? throw new InvalidOperationException($"{pageUrl} has no form with an antiforgery token.");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string pageUrl, string actionUrl, MultipartFormDataContent content)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(actionUrl, content);
    }

    /// <summary>The messages of the page's error summary and field errors.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the form again with errors, got {(int)response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
        var page = await Html.ParseAsync(body);
        return page.QuerySelectorAll(".form-errors li, .field-error")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct().ToList();
    }
}
