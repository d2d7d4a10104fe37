namespace Storefront.Infrastructure.Email;

/// <summary>Section <c>Email</c>. Without <c>Smtp:Host</c> mail is written to the log and to App_Data/emails.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "Storefront <orders@storefront.local>";

    /// <summary>A copy of every confirmation goes here too (the shop's own inbox), if set.</summary>
    public string? Bcc { get; set; }

    /// <summary>Where mail goes when no SMTP server is set, relative to the app's data folder unless absolute.</summary>
    public string PickupDirectory { get; set; } = "emails";

    /// <summary>
    /// Production without SMTP sends nothing (each confirmation fails and is retried) unless this is set on purpose:
    /// a folder of order emails on a server is personal data nobody reads.
    /// </summary>
    public bool AllowPickupDirectoryInProduction { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// How the connection is encrypted: STARTTLS (required, not "when available": a server that does not offer it, or
    /// an attacker who strips the offer, gets nothing), TLS from the first byte, or none for a local relay that takes
    /// no credentials.
    /// </summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public bool HasCredentials => !string.IsNullOrEmpty(UserName);
}

public enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}
