using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Storefront.Application.Email;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Email;

/// <summary>Without an SMTP server, order emails go to a folder that someone (or a pickup service) reads.</summary>
public sealed class PickupDirectoryTests : IDisposable
{
    private readonly SqliteTestFolder _folder = new();

    private string Emails => Path.Combine(_folder.Path, "App_Data", "emails");

    [Fact]
    public async Task A_message_is_written_whole_as_one_eml_file_named_by_its_id_and_nothing_else_is_left_in_the_folder()
    {
        await using var services = _folder.Services();
        var sender = services.GetRequiredService<IEmailSender>();

        await sender.SendAsync(new EmailMessage("shopper@example.com", "Your order SF-1", "Thank you.", "confirmation-SF-1"), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(Emails));
        Assert.Equal("confirmation-SF-1.eml", Path.GetFileName(file));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Your order SF-1", message.Subject);
        Assert.Equal("Thank you.", message.TextBody?.Trim());
    }

    [Fact]
    public async Task The_same_message_sent_again_is_still_one_file()
    {
        await using var services = _folder.Services();
        var sender = services.GetRequiredService<IEmailSender>();
        var message = new EmailMessage("shopper@example.com", "Your order SF-2", "Thank you.", "confirmation-SF-2");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => sender.SendAsync(message, CancellationToken.None)));
        await sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(["confirmation-SF-2.eml"], Directory.GetFiles(Emails).Select(Path.GetFileName));
    }

    public void Dispose() => _folder.Dispose();
}
