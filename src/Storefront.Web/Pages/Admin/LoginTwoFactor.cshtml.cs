using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Web.Admin;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Admin;

/// <summary>The second step for an admin with two-factor sign-in: the code from their authenticator app (TOTP).</summary>
[EnableRateLimiting(AdminAreaSetup.SignInRateLimit)]
public sealed partial class LoginTwoFactorModel(SignInManager<IdentityUser> signIn, ILogger<LoginTwoFactorModel> logger) : PageModel
{
    public const string Path = "/admin/login/two-factor";

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(AdminAreaSetup.LoginPath) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect(AdminAreaSetup.LoginPath);
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = code.Length is > 0 and <= 10
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
        }

        LogFailed(logger, user.Email, ClientAddress.Key(HttpContext), result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? LoginModel.Locked : "That code is not right. Enter the code your authenticator app shows now.");
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed admin two-factor code for {Email} from {Client} (locked out: {LockedOut})")]
    private static partial void LogFailed(ILogger logger, string? email, string client, bool lockedOut);
}
