using System.Net;
using System.Text;

namespace Storefront.Application.Email;

/// <summary>
/// The shop's look for HTML email: one centred column, the brand bar, inline styles (mail clients ignore style sheets).
/// Every value passes through <see cref="E"/>, so a product or a name can never inject markup.
/// </summary>
public static class EmailHtml
{
    public const string Brand = "#17425f";

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Page(string heading, string content) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(heading)).Append("</title></head>")
        .Append("<body style=\"margin:0;background:#f6f7f9;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1c2430;\">")
        .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" style=\"padding:24px 12px;\">")
        .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:560px;background:#ffffff;border:1px solid #d8dde5;border-radius:12px;\">")
        .Append("<tr><td style=\"background:").Append(Brand).Append(";color:#ffffff;padding:14px 20px;border-radius:12px 12px 0 0;font-weight:800;font-size:18px;\">Storefront</td></tr>")
        .Append("<tr><td style=\"padding:20px;\"><h1 style=\"font-size:22px;margin:0 0 12px;\">").Append(E(heading)).Append("</h1>")
        .Append(content)
        .Append("</td></tr></table>")
        .Append("<p style=\"font-size:12px;color:#4e5866;\">Storefront — graduated compression socks, and a guide to why they help.</p>")
        .Append("</td></tr></table></body></html>")
        .ToString();

    public static string Button(string url, string text) =>
        $"<p style=\"margin:20px 0;\"><a href=\"{E(url)}\" style=\"background:{Brand};color:#ffffff;padding:10px 18px;border-radius:999px;text-decoration:none;font-weight:700;display:inline-block;\">{E(text)}</a></p>";

    public static string Paragraph(string text) => $"<p style=\"margin:0 0 12px;line-height:1.5;\">{E(text)}</p>";
}
