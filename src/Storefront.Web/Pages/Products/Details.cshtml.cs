using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Storefront.Application.Catalog.GetProductDetails;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Web.Caching;

namespace Storefront.Web.Pages.Products;

[OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [PageTags.Products])]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "colour")]
    public string? Colour { get; set; }

    /// <summary>The size a shopper chose (a GET with it shows that size's price and stock, without script).</summary>
    [FromQuery(Name = "size")]
    public string? Size { get; set; }

    /// <summary>The picture a thumbnail link asked for (its position); otherwise the chosen colour's.</summary>
    [FromQuery(Name = "image")]
    public int? ImageIndex { get; set; }

    public ProductDetails Product { get; private set; } = null!;

    public string SelectedColour { get; private set; } = string.Empty;

    public IReadOnlyList<VariantOption> SelectedColourVariants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var product = await mediator.Send(new GetProductDetailsQuery(slug), cancellationToken);
        if (product is null)
        {
            return NotFound();
        }

        Product = product;
        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(PageTags.Product(product.Id));
        SelectedColour = product.ColourToShow(Colour);
        SelectedColourVariants = product.Variants.Where(v => v.Colour == SelectedColour).ToList();
        return Page();
    }

    public ImageView? MainImage =>
        (ImageIndex is >= 0 and var index && index < Product.Images.Count ? Product.Images[index] : null)
        ?? Product.ImageFor(SelectedColour);

    /// <summary>The asked-for size when it can be bought in this colour, else the first size that can, pre-selected in the size picker.</summary>
    public Guid? SelectedVariantId =>
        (SelectedColourVariants.FirstOrDefault(v => v.StockState != StockState.SoldOut && string.Equals(v.Size, Size, StringComparison.OrdinalIgnoreCase))
         ?? SelectedColourVariants.FirstOrDefault(v => v.StockState != StockState.SoldOut))?.Id;

    /// <summary>Sizes of this colour cost different amounts, so each size says its price.</summary>
    public bool PricesDiffer => SelectedColourVariants.Select(v => v.Price).Distinct().Count() > 1;

    /// <summary>This page with picture <paramref name="index"/> shown, keeping colour and size, back at the gallery.</summary>
    public string ImageUrl(int index)
    {
        var size = SelectedColourVariants.FirstOrDefault(v => v.Id == SelectedVariantId)?.Size;
        var query = $"?colour={Uri.EscapeDataString(SelectedColour)}" + (size is null ? string.Empty : $"&size={Uri.EscapeDataString(size)}");
        return $"/products/{Product.Slug}{query}&image={index.ToString(System.Globalization.CultureInfo.InvariantCulture)}#gallery";
    }

    /// <summary>Another colour, keeping the chosen size, landing back at the picker rather than the top of the page.</summary>
    public string ColourUrl(string colour)
    {
        var size = SelectedColourVariants.FirstOrDefault(v => v.Id == SelectedVariantId)?.Size;
        var query = $"?colour={Uri.EscapeDataString(colour)}" + (size is null ? string.Empty : $"&size={Uri.EscapeDataString(size)}");
        return $"/products/{Product.Slug}{query}#buy";
    }

    public static string StockText(VariantOption variant) => variant.StockState switch
    {
        StockState.SoldOut => "Sold out",
        StockState.Low => $"Only {variant.Available} left",
        _ => "In stock",
    };

    /// <summary>schema.org Product with one Offer per variant, for search engines.</summary>
    public string JsonLd(string baseUrl) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Product",
        ["name"] = Product.Name,
        ["description"] = Product.Description,
        ["image"] = Product.Images.Select(i => baseUrl + i.Url).ToArray(),
        ["sku"] = Product.Variants.FirstOrDefault()?.Sku,
        ["brand"] = new Dictionary<string, object> { ["@type"] = "Brand", ["name"] = "Storefront" },
        ["offers"] = Product.Variants.Select(v => new Dictionary<string, object>
        {
            ["@type"] = "Offer",
            ["sku"] = v.Sku,
            ["name"] = $"{Product.Name} — {v.Colour}, size {v.Size}",
            ["price"] = v.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["priceCurrency"] = v.Currency,
            ["availability"] = v.StockState == StockState.SoldOut ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
            ["url"] = $"{baseUrl}/products/{Product.Slug}?colour={Uri.EscapeDataString(v.Colour)}",
        }).ToArray(),
    });
}
