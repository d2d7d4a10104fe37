using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Storefront.Web.Rendering;

/// <summary>Markdown to HTML that is safe to put on a page: Markdig renders, HtmlSanitizer removes anything active.</summary>
public sealed class MarkdownRenderer
{
    // Only what product and guide text uses: CommonMark plus tables and bare links. The advanced set would bring
    // generic attributes, which turn {style=...} into markup.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = NoStyles();

    private static HtmlSanitizer NoStyles()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        return sanitizer;
    }

    public IHtmlContent Render(string? markdown) =>
        new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, _pipeline)));
}
