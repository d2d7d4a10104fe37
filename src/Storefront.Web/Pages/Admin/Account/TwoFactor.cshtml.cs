using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Storefront.Infrastructure.Identity;

namespace Storefront.Web.Pages.Admin.Account;

/// <summary>Turns on two-factor sign-in with an authenticator app (Identity's TOTP authenticator).</summary>
public sealed class TwoFactorModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IOptions<AdminOptions> admin) : PageModel
{
    public const string Path = "/admin/account/two-factor";

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    public bool Enabled { get; private set; }

    public bool Required => admin.Value.RequireTwoFactor;

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (Enabled || code.Length is 0 or > 10 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Enter the code your authenticator app shows now.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Two-factor sign-in is on.";
        return Redirect("/admin");
    }

    private async Task<IdentityUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp; the cookie is renewed with it, so this session is not signed out.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = key!;
        AuthenticatorUri = $"otpauth://totp/Storefront:{Uri.EscapeDataString(user.Email ?? string.Empty)}?secret={key}&issuer=Storefront&digits=6";
        return user;
    }
}
