using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Storefront.Web.Rendering;

/// <summary>
/// Markdown to HTML that is safe to put on a page: Markdig renders, HtmlSanitizer removes anything active. Both are
/// costly and the text only changes on an admin edit, so the result is kept per source text: an edited text is a new
/// key, and the old one ages out.
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    private const long CachedCharacters = 4_000_000;

    // Only what product and guide text uses: CommonMark plus tables and bare links. The advanced set would bring
    // generic attributes, which turn {style=...} into markup.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = NoStyles();
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CachedCharacters });

    private static HtmlSanitizer NoStyles()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        return sanitizer;
    }

    public IHtmlContent Render(string? markdown)
    {
        var source = markdown ?? string.Empty;
        if (!_rendered.TryGetValue(source, out HtmlString? html))
        {
            html = new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(source, _pipeline)));
            _rendered.Set(source, html, new MemoryCacheEntryOptions { Size = source.Length + 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return html!;
    }

    public void Dispose() => _rendered.Dispose();
}
