using System.Text.RegularExpressions;
using MimeKit;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>The confirmation and the shipping email come as HTML and text, with what the shopper needs in both.</summary>
public sealed partial class OrderEmailsTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task The_confirmation_is_html_and_text_with_lines_totals_address_the_free_shipping_saving_and_the_order_link()
    {
        var variant = await factory.VariantAsync(30m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var payPage = await shopper.CheckoutAsync();

        var paid = await shopper.PostAsync(payPage + "?handler=Pay", ("Name", "Ann Lee"), ("Line1", "1 Main St"), ("City", "Springfield"), ("State", "IL"), ("PostalCode", "62701"), ("Email", "ann@example.com"));
        var success = await shopper.Client.GetDocumentAsync(paid.Headers.Location!.ToString());
        var order = await factory.ConfirmedOrderAsync(o => o.Lines.Any(l => l.VariantId == variant));
        var email = await MimeMessage.LoadAsync(Path.Combine(factory.EmailDirectory, $"confirmation-{order.Number}.eml"));

        Assert.Equal("ann@example.com", success.QuerySelector("[data-testid=confirmation-email]")?.TextContent);
        Assert.NotNull(success.QuerySelector(".next-steps a[href='/shop']"));
        Assert.NotNull(email.TextBody);
        Assert.NotNull(email.HtmlBody);
        foreach (var body in new[] { email.TextBody, email.HtmlBody })
        {
            Assert.Contains("$60.00", body);
            Assert.Contains("You saved $5.95 with free shipping.", body);
            Assert.Contains("Ann Lee, 1 Main St", body);
            Assert.Matches("/orders/SF-[^?\"]+\\?token=", body);
        }
    }

    [Fact]
    public async Task Marking_an_order_shipped_emails_a_carrier_tracking_link_that_the_order_page_shows_too()
    {
        var order = await factory.PlaceOrderAsync(paid: true, email: "jo@example.test");
        var admin = await factory.SignInAsync();
        var detail = await admin.GetDocumentAsync($"/admin/orders/{order.Id}");
        var version = detail.QuerySelector("input[name='version']")!.GetAttribute("value")!;

        await admin.PostFormAsync($"/admin/orders/{order.Id}", $"/admin/orders/{order.Id}?handler=Ship", new() { ["trackingNumber"] = "1Z999AA10123456784", ["version"] = version });
        var email = await LatestEmailAsync();
        var orderPage = await factory.CreateClient().GetDocumentAsync(OrderLink().Match(email.TextBody ?? string.Empty).Value);

        Assert.Equal($"Your Storefront order {order.Number} is on the way", email.Subject);
        Assert.Equal("jo@example.test", email.To.Mailboxes.Single().Address);
        const string ups = "https://www.ups.com/track?tracknum=1Z999AA10123456784";
        Assert.Contains(ups, email.TextBody);
        Assert.Contains($"href=\"{ups}\"", email.HtmlBody);
        Assert.Equal(ups, orderPage.QuerySelector("[data-testid=tracking] a")?.GetAttribute("href"));
    }

    private async Task<MimeMessage> LatestEmailAsync() =>
        await MimeMessage.LoadAsync(Directory.GetFiles(factory.EmailDirectory, "*.eml").OrderBy(File.GetCreationTimeUtc).Last());

    [GeneratedRegex(@"/orders/SF-[^\s?]+\?token=\S+")]
    private static partial Regex OrderLink();
}
