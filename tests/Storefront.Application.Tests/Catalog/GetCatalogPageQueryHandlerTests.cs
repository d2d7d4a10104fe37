using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Catalog;
using Storefront.Application.Catalog.GetCatalogPage;
using Storefront.Application.Tests.Support;
using Storefront.Domain.Catalog;

namespace Storefront.Application.Tests.Catalog;

public sealed class GetCatalogPageQueryHandlerTests(ApplicationFixture app) : IClassFixture<ApplicationFixture>
{
    [Fact]
    public async Task The_first_page_holds_twelve_published_socks_and_counts_them_all()
    {
        var published = await app.WithDbAsync(db => db.Products.CountAsync(p => p.Status == ProductStatus.Published));

        var page = await app.SendAsync(new GetCatalogPageQuery());

        Assert.Equal(GetCatalogPageQuery.PageSize, page.Items.Count);
        Assert.Equal(published, page.TotalCount);
        Assert.Equal((int)Math.Ceiling(published / (double)GetCatalogPageQuery.PageSize), page.TotalPages);
    }

    [Fact]
    public async Task A_style_and_a_sort_are_read_from_their_url_tokens()
    {
        var page = await app.SendAsync(new GetCatalogPageQuery { Style = "knee-high", Sort = CatalogSort.PriceHighToLow });

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, card => Assert.Equal(SockStyle.KneeHigh, card.Style));
        Assert.Equal(page.Items.Select(c => c.FromPrice).OrderDescending(), page.Items.Select(c => c.FromPrice));
    }

    [Fact]
    public async Task A_category_names_itself_and_an_unknown_or_malformed_one_matches_nothing()
    {
        var travel = await app.SendAsync(new GetCatalogPageQuery { Category = "travel" });
        var unknown = await app.SendAsync(new GetCatalogPageQuery { Category = "no-such-category" });
        var malformed = await app.SendAsync(new GetCatalogPageQuery { Category = new string('a', 500) });

        Assert.Equal(new CategoryLink("Travel", "travel"), travel.Category);
        Assert.NotEmpty(travel.Items);
        Assert.Null(unknown.Category);
        Assert.Empty(unknown.Items);
        Assert.Null(malformed.Category);
        Assert.Empty(malformed.Items);
    }

    [Fact]
    public async Task The_facets_offer_sizes_small_to_large_and_every_colour_on_sale()
    {
        var page = await app.SendAsync(new GetCatalogPageQuery());

        var sizes = page.Facets.Sizes.Options.Select(o => o.Value).ToList();
        Assert.Equal(sizes.OrderBy(SizeChart.Rank), sizes);
        Assert.Contains("Black", page.Facets.Colours.Options.Select(o => o.Value));
        Assert.NotEmpty(page.Facets.Categories);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(int.MaxValue, int.MaxValue / GetCatalogPageQuery.PageSize)]
    public async Task A_page_outside_the_range_is_clamped_like_every_paged_list(int asked, int shown)
    {
        var page = await app.SendAsync(new GetCatalogPageQuery { Page = asked });

        Assert.Equal(shown, page.Page);
        Assert.Equal(shown == 1, page.Items.Count > 0);
    }

    [Fact]
    public async Task The_validation_behaviour_rejects_an_over_long_search()
    {
        var query = new GetCatalogPageQuery { Search = new string('a', GetCatalogPageQuery.MaxSearchLength + 1) };

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(query));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(GetCatalogPageQuery.Search));
    }

    [Fact]
    public async Task A_search_at_the_limit_is_accepted() =>
        Assert.Empty((await app.SendAsync(new GetCatalogPageQuery { Search = new string('a', GetCatalogPageQuery.MaxSearchLength) })).Items);
}
