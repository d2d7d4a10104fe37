namespace Storefront.Infrastructure.Identity;

/// <summary>The first admin account (<c>Admin:Email</c>, <c>Admin:Password</c>, e.g. env vars Admin__Email, Admin__Password).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";
    public const string Role = "Admin";
    public const string Policy = "Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>Sign-in attempts one client may make per minute before it is told to wait.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long an admin session lasts at most from its sign-in, however busy it is.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often a session is checked against the account, so sign-out and a password change end every copy of it.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Admins must turn on two-factor sign-in (an authenticator app) before they can use the admin area.</summary>
    public bool RequireTwoFactor { get; set; }
}
