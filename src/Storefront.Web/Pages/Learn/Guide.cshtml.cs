using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Storefront.Application.Common;
using Storefront.Application.Guides;
using Storefront.Application.Guides.GetGuide;
using Storefront.Web.Caching;

namespace Storefront.Web.Pages.Learn;

[OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [PageTags.Listings, PageTags.Guides])]
public sealed class GuideModel(IMediator mediator) : PageModel
{
    public GuideDetails Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var guide = await mediator.Send(new GetGuideQuery(slug), cancellationToken);
        if (guide is null)
        {
            return NotFound();
        }

        Guide = guide;
        return Page();
    }

    /// <summary>Ends a citation part with a full stop unless it already ends with one, or with ? or !.</summary>
    public static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    /// <summary>"Journal, vol. 1, 2012." — the year is left out when the source already gives the full date.</summary>
    public static string SourceAndYear(ReferenceView reference)
    {
        var year = reference.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Sentence(reference.Source.Contains(year, StringComparison.Ordinal) ? reference.Source : $"{reference.Source}, {year}");
    }

    /// <summary>schema.org Article: the references as <c>citation</c>, the suggested socks as <c>mentions</c>.</summary>
    public string JsonLd(string baseUrl) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["headline"] = Guide.Title,
        ["description"] = Guide.Summary,
        ["url"] = $"{baseUrl}/learn/{Guide.Slug}",
        ["dateModified"] = Guide.LastReviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["author"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = "Storefront" },
        ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = "Storefront" },
        ["citation"] = Guide.References.Select(r => new Dictionary<string, object>
        {
            ["@type"] = "CreativeWork",
            ["name"] = r.Title,
            ["author"] = r.Authors,
            ["isPartOf"] = r.Source,
            ["datePublished"] = r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["url"] = r.Url,
        }).ToArray(),
        ["mentions"] = Guide.Sections
            .SelectMany(s => s.Strategies)
            .SelectMany(s => s.Socks)
            .DistinctBy(s => s.ProductId)
            .Select(s => new Dictionary<string, object>
            {
                ["@type"] = "Product",
                ["name"] = s.Name,
                ["url"] = $"{baseUrl}/products/{s.Slug}",
                ["image"] = baseUrl + s.ImageUrl,
            }).ToArray(),
    });
}
