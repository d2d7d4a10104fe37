namespace Storefront.Application.Email;

/// <summary>Sends mail to shoppers. SMTP in production; a file and a log line on a first run.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A message with a stable <paramref name="Id"/> (its Message-ID): sent again after a crash between sending and
/// recording it, it is the same message, which the pickup directory overwrites and mail clients show once. The
/// plain-text body is always sent; an HTML body, when given, goes with it as multipart/alternative.
/// </summary>
public sealed record EmailMessage(string? To, string Subject, string TextBody, string Id, string? HtmlBody = null);
