using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Storefront.Web.Rendering;

/// <summary>Markdown to HTML that is safe to put on a page: Markdig renders, HtmlSanitizer removes anything active.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public IHtmlContent Render(string? markdown) =>
        new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, _pipeline)));
}
