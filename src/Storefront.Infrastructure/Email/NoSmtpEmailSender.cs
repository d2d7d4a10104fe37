using Storefront.Application.Email;

namespace Storefront.Infrastructure.Email;

/// <summary>Production without an SMTP server: every send fails with the reason, so the log says what to set and nothing is written to disk.</summary>
internal sealed class NoSmtpEmailSender : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            "No SMTP server is set (Email:Smtp:Host), and this is Production, where order emails are not written to a folder unless Email:AllowPickupDirectoryInProduction is true.");
}
