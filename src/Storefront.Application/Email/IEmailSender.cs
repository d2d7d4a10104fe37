namespace Storefront.Application.Email;

/// <summary>Sends mail to shoppers. SMTP in production; a file and a log line on a first run.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>An email with a plain-text body and, when given, an HTML body (sent together as multipart/alternative).</summary>
public sealed record EmailMessage(string? To, string Subject, string TextBody, string? HtmlBody = null);
