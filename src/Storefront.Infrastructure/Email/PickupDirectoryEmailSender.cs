using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Application.Email;

namespace Storefront.Infrastructure.Email;

/// <summary>No SMTP server: each message is logged and written as an .eml file a first run can open.</summary>
internal sealed partial class PickupDirectoryEmailSender(IOptions<EmailOptions> options, string directory, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public string Directory { get; } = directory;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        using var content = new MemoryStream();
        MimeMessages.From(message, options.Value).WriteTo(content, cancellationToken);

        // Written whole under a name of its own, then moved into place, so whoever reads the directory never meets half
        // a message. A new file, not a truncated one: ext4 writes a truncated file through to the disk when it is closed.
        // One local write, made synchronously: an asynchronous file write on Linux is the same call, moved to another thread.
        var temporary = Path.Combine(Directory, $"{message.Id}.{Guid.NewGuid():N}.tmp");
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(content.GetBuffer(), 0, (int)content.Length);
        }

        // Named by the message's id: the same message sent twice is one file.
        var path = Path.Combine(Directory, $"{message.Id}.eml");
        try
        {
            File.Move(temporary, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }

        LogWritten(logger, message.To ?? "(no recipient)", message.Subject, path);
        return Task.CompletedTask;
    }

    // Recipient and subject only: the body holds the address and the order's secret link, which a log must not.
    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {To} \"{Subject}\" written to {Path} (no SMTP server is set)")]
    private static partial void LogWritten(ILogger logger, string to, string subject, string path);
}
