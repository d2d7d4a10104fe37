using MimeKit;
using Storefront.Application.Email;

namespace Storefront.Infrastructure.Email;

internal static class MimeMessages
{
    public static MimeMessage From(EmailMessage message, EmailOptions options)
    {
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        var mime = new MimeMessage { Subject = message.Subject, Body = body.ToMessageBody() };
        var from = MailboxAddress.Parse(options.From);
        mime.From.Add(from);
        mime.MessageId = $"{message.Id}@{from.Domain}";
        if (!string.IsNullOrWhiteSpace(message.To))
        {
            mime.To.Add(MailboxAddress.Parse(message.To));
        }

        if (!string.IsNullOrWhiteSpace(options.Bcc))
        {
            mime.Bcc.Add(MailboxAddress.Parse(options.Bcc));
        }

        return mime;
    }
}
