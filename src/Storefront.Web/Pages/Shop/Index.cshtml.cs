using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Application.Catalog.GetCatalogPage;
using Storefront.Application.Common;
using Storefront.Web.Caching;

namespace Storefront.Web.Pages.Shop;

/// <summary>/shop and /shop/{category}: filters, sort, search and paging, all in the query string so every view has a stable URL.</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [PageTags.Listings])]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string? Category { get; set; }

    [FromQuery(Name = "style")]
    public string? Style { get; set; }

    [FromQuery(Name = "compression")]
    public string? Compression { get; set; }

    [FromQuery(Name = "use")]
    public string? Use { get; set; }

    [FromQuery(Name = "size")]
    public string? Size { get; set; }

    [FromQuery(Name = "colour")]
    public string? Colour { get; set; }

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Read as text: a page number that is not a number is treated as the first page, not an error; a huge one as the last allowed.</summary>
    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public CatalogPage Result { get; private set; } = null!;

    public bool HasFilters =>
        new[] { Style, Compression, Use, Size, Colour, Search }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Search = SearchText.Normalise(Search);
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;

        Result = await mediator.Send(
            new GetCatalogPageQuery
            {
                Category = Category,
                Style = Style,
                Compression = Compression,
                Use = Use,
                Size = Size,
                Colour = Colour,
                Search = Search,
                Sort = Sort,
                Page = page,
            },
            cancellationToken);

        if (Category is not null && Result.Category is null)
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>This view's URL with one query value changed (or removed when null); changing a filter goes back to page 1.</summary>
    public string UrlWith(string key, string? value)
    {
        var query = new Dictionary<string, string?>
        {
            ["style"] = Style,
            ["compression"] = Compression,
            ["use"] = Use,
            ["size"] = Size,
            ["colour"] = Colour,
            ["q"] = Search,
            ["sort"] = Sort,
        };
        query[key] = value;
        if (key != "page")
        {
            query.Remove("page");
        }
        else if (value == "1")
        {
            query.Remove("page");
        }

        return QueryHelpers.AddQueryString(BasePath, query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    /// <summary>The filters in force, each with the URL of this view without it.</summary>
    public IReadOnlyList<FilterChip> ActiveFilters =>
    [
        .. Chip("q", "Search", Search),
        .. Chip("style", "Style", Result.Facets.Styles.Find(Style)?.Label),
        .. Chip("compression", "Compression", Result.Facets.Compressions.Find(Compression)?.Label),
        .. Chip("use", "Use", Result.Facets.Uses.Find(Use)?.Label),
        .. Chip("size", "Size in stock", Result.Facets.Sizes.Find(Size)?.Label),
        .. Chip("colour", "Colour", Result.Facets.Colours.Find(Colour)?.Label),
    ];

    public string PageUrl(int page) => UrlWith("page", page.ToString(CultureInfo.InvariantCulture));

    public string BasePath => Category is null ? "/shop" : $"/shop/{Category}";

    private IEnumerable<FilterChip> Chip(string key, string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [new FilterChip(name, value, UrlWith(key, null))];
}

public sealed record FilterChip(string Name, string Value, string RemoveUrl);
