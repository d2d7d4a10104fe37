using Microsoft.EntityFrameworkCore;
using Storefront.Application.Catalog.GetFeaturedProducts;
using Storefront.Application.Catalog.GetProductDetails;
using Storefront.Application.Tests.Support;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Tests.Catalog;

public sealed class GetProductDetailsQueryHandlerTests(ApplicationFixture app) : IClassFixture<ApplicationFixture>
{
    private const string Slug = "ankle-compression-socks-black-white";

    [Fact]
    public async Task A_published_product_comes_with_its_category_images_variants_and_size_chart()
    {
        var stored = await app.WithDbAsync(db => db.Products.AsNoTracking().Include(p => p.Variants).SingleAsync(p => p.Slug == Domain.Common.Slug.Parse(Slug)));

        var details = await app.SendAsync(new GetProductDetailsQuery(Slug));

        Assert.NotNull(details);
        Assert.Equal("Ankle Compression Socks — Black & White", details.Name);
        Assert.Equal("everyday", details.CategorySlug);
        Assert.NotEmpty(details.Images);
        Assert.Equal(stored.Variants.Count, details.Variants.Count);
        foreach (var variant in stored.Variants)
        {
            var option = details.Variants.Single(v => v.Id == variant.Id);
            Assert.Equal((variant.Price.Amount, variant.Price.Currency, variant.Available, variant.StockState), (option.Price, option.Currency, option.Available, option.StockState));
        }

        Assert.Equal(details.Variants.Select(v => v.Size).Distinct().Count(), details.SizeChart.Count);
    }

    [Fact]
    public async Task The_colour_shown_is_the_one_asked_for_in_any_case_and_otherwise_the_first_a_shopper_can_buy()
    {
        var details = (await app.SendAsync(new GetProductDetailsQuery(Slug)))!;
        var last = details.Colours[^1];
        var firstBuyable = details.Colours.First(c => details.Variants.Any(v => v.Colour == c && v.StockState != StockState.SoldOut));

        Assert.Equal(last, details.ColourToShow(last.ToUpperInvariant()));
        Assert.Equal(firstBuyable, details.ColourToShow("no such colour"));
        Assert.Equal(firstBuyable, details.ColourToShow(null));
    }

    [Fact]
    public async Task Variants_are_grouped_by_colour_and_ordered_small_to_large()
    {
        var details = await app.SendAsync(new GetProductDetailsQuery(Slug));

        Assert.Equal(details!.Variants.OrderBy(v => v.Colour).ThenBy(v => SizeChart.Rank(v.Size)).Select(v => v.Id), details.Variants.Select(v => v.Id));
    }

    [Theory]
    [InlineData("no-such-sock")]
    [InlineData("Not A Slug")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_slug_finds_nothing(string slug) =>
        Assert.Null(await app.SendAsync(new GetProductDetailsQuery(slug)));

    [Fact]
    public async Task An_unpublished_product_is_not_shown_and_featured_lists_only_published_featured_socks()
    {
        var hidden = await app.WithDbAsync(async db =>
        {
            var product = await db.Products.Where(p => p.IsFeatured && p.Slug != Domain.Common.Slug.Parse(Slug)).OrderByDescending(p => p.Name).FirstAsync();
            product.Unpublish();
            await db.SaveChangesAsync();
            return product.Slug.Value;
        });

        var featured = await app.SendAsync(new GetFeaturedProductsQuery());

        Assert.Null(await app.SendAsync(new GetProductDetailsQuery(hidden)));
        Assert.NotEmpty(featured);
        Assert.DoesNotContain(featured, card => card.Slug == hidden);
        var featuredInDb = await app.WithDbAsync(db => db.Products.Where(p => p.IsFeatured && p.Status == ProductStatus.Published).Select(p => p.Id).ToListAsync());
        Assert.Equal(featuredInDb.Order(), featured.Select(c => c.Id).Order());
    }
}
