using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Application.Email;

namespace Storefront.Infrastructure.Email;

/// <summary>No SMTP server: each message is logged and written as an .eml file a first run can open.</summary>
internal sealed partial class PickupDirectoryEmailSender(IOptions<EmailOptions> options, string directory, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // Named by the message's id: the same message sent twice is one file.
        var path = Path.Combine(Directory, $"{message.Id}.eml");
        await MimeMessages.From(message, options.Value).WriteToAsync(path, cancellationToken);
        LogWritten(logger, message.To ?? "(no recipient)", message.Subject, path);
    }

    // Recipient and subject only: the body holds the address and the order's secret link, which a log must not.
    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {To} \"{Subject}\" written to {Path} (no SMTP server is set)")]
    private static partial void LogWritten(ILogger logger, string to, string subject, string path);
}
