using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Storefront.Web.Admin;
using Storefront.Web.Http;

namespace Storefront.Web.Pages.Admin;

/// <summary>
/// Cookie sign-in for admins. Identity's SignInManager is used here directly: signing in is HTTP plumbing (a cookie), not a
/// shop use case. Five wrong passwords lock an email for 15 minutes, whether or not it has an account; the form's POST is
/// rate limited per client; every failure and lockout is logged. An admin with two-factor sign-in goes on to the code page.
/// </summary>
[EnableRateLimiting(AdminAreaSetup.SignInRateLimit)]
public sealed partial class LoginModel(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInFailures failures, ILogger<LoginModel> logger) : PageModel
{
    public const string Mismatch = "That email and password do not match an account.";
    public const string Locked = "Too many failed attempts: this account is locked for 15 minutes.";

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

        var email = Email.Trim();
        var client = ClientAddress.Key(HttpContext);
        if (failures.IsBlocked(email))
        {
            LogLockedOut(logger, email, client);
            return Refuse(Locked);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            failures.SpendHashTime(Password);
            return Failed(email, client);
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            LogLockedOut(logger, email, client);
            return Refuse(Locked);
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect($"{LoginTwoFactorModel.Path}?ReturnUrl={Uri.EscapeDataString(SafeReturnUrl)}");
        }

        return result.Succeeded ? LocalRedirect(SafeReturnUrl) : Failed(email, client);
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin";

    private PageResult Failed(string email, string client)
    {
        failures.Record(email);
        LogFailed(logger, email, client);

        // Identity answers the fifth failure of an account with its lockout; an unknown email gets the same answer.
        return Refuse(failures.IsBlocked(email) ? Locked : Mismatch);
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed admin sign-in for {Email} from {Client}")]
    private static partial void LogFailed(ILogger logger, string email, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin sign-in refused: {Email} is locked out after repeated failures (from {Client})")]
    private static partial void LogLockedOut(ILogger logger, string email, string client);
}
