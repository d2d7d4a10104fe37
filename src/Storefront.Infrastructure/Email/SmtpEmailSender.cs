using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Storefront.Application.Email;

namespace Storefront.Infrastructure.Email;

internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = MimeMessages.From(message, settings);
        if (mime.To.Count + mime.Bcc.Count == 0)
        {
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, Socket(settings.Smtp), cancellationToken);
        if (settings.Smtp is { HasCredentials: true, UserName: { } userName })
        {
            await client.AuthenticateAsync(userName, settings.Smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Socket(SmtpOptions smtp) => smtp.Security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None when !smtp.HasCredentials => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
