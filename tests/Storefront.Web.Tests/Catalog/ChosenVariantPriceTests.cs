using Storefront.Domain.Catalog;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>The price a shopper sees for the size and colour they chose is the price the cart charges.</summary>
public sealed class ChosenVariantPriceTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Every_product_whose_sizes_cost_different_amounts_shows_the_chosen_sizes_price_and_the_cart_charges_it()
    {
        var products = (await factory.PublishedProductsAsync())
            .Where(p => p.Variants.Where(v => !v.IsRetired).Select(v => v.Price.Amount).Distinct().Count() > 1)
            .ToList();
        Assert.NotEmpty(products);

        foreach (var product in products)
        {
            foreach (var variant in product.Variants.Where(v => !v.IsRetired && v.Available > 0))
            {
                var page = await factory.CreateClient().GetDocumentAsync(
                    $"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(variant.Colour)}&size={Uri.EscapeDataString(variant.Size)}");

                // The stylesheet shows the price whose index matches the checked size's; check that pairing.
                var checkedOption = page.QuerySelector(".size-option:has(input:checked)")!;
                Assert.Equal(variant.Id.ToString(), checkedOption.QuerySelector("input")!.GetAttribute("value"));
                var index = checkedOption.ClassList.Single(c => c.StartsWith("size-option-", StringComparison.Ordinal))["size-option-".Length..];
                var shown = page.QuerySelector($".variant-price-{index}")!;
                Assert.Equal(variant.Id.ToString(), shown.GetAttribute("data-variant-id"));
                Assert.Equal(variant.Price.Amount.ToString("$0.00"), shown.QuerySelector(".price-now")!.TextContent);
                Assert.Equal(variant.CompareAtPrice?.Amount.ToString("$0.00"), shown.QuerySelector(".compare-at")?.TextContent);
                Assert.Contains(variant.Price.Amount.ToString("$0.00"), checkedOption.QuerySelector(".size-label")!.TextContent);

                var shopper = new Shopper(factory);
                await shopper.AddAsync(variant.Id);
                var cart = await shopper.CartAsync();
                Assert.Equal(variant.Price.Amount.ToString("$0.00"), cart.QuerySelector("[data-testid=subtotal]")!.TextContent);
            }
        }
    }

    [Fact]
    public async Task A_size_that_is_sold_out_or_unknown_falls_back_to_the_first_size_that_can_be_bought()
    {
        var product = (await factory.PublishedProductsAsync()).First(p => p.Variants.Count(v => v.Available > 0) > 1);
        var colour = product.Variants.First(v => v.Available > 0).Colour;

        var page = await factory.CreateClient().GetDocumentAsync($"/products/{product.Slug.Value}?colour={Uri.EscapeDataString(colour)}&size=XXXXL");

        var firstBuyable = product.Variants.Where(v => v.Colour == colour && v.Available > 0).OrderBy(v => SizeChart.Rank(v.Size)).First();
        Assert.Equal(firstBuyable.Id.ToString(), page.QuerySelector(".size-option input:checked")!.GetAttribute("value"));
    }
}
