using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Web.Admin;

namespace Storefront.Web.Pages.Admin;

/// <summary>
/// Cookie sign-in for admins. Identity's SignInManager is used here directly: signing in is HTTP plumbing (a cookie), not a
/// shop use case. Five wrong passwords lock the account for 15 minutes; the form's POST is rate limited per client.
/// </summary>
[EnableRateLimiting(AdminAreaSetup.SignInRateLimit)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) || Email.Length > 256 || Password.Length > 256)
        {
            ModelState.AddModelError(string.Empty, "Enter your email and password.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, "Too many failed attempts: this account is locked for 15 minutes.");
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "That email and password do not match an account.");
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
    }
}
