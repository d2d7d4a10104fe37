using System.Net;
using AngleSharp.Html.Dom;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>Cards outside the product page ask for colour and size, and an add returns the shopper to the card they used.</summary>
public sealed class AddingFromACardTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Every_guide_card_with_more_than_one_sock_asks_for_colour_and_size_instead_of_choosing_one()
    {
        var guide = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        var selects = guide.QuerySelectorAll(".sock-card select[name=VariantId]").Cast<IHtmlSelectElement>().Where(s => s.Options.Length > 1).ToList();
        Assert.NotEmpty(selects);
        Assert.All(selects, select =>
        {
            Assert.True(select.IsRequired);
            Assert.Equal(string.Empty, select.Value);
            Assert.Equal("Choose colour and size", select.Options[0]!.Text);
        });
    }

    [Fact]
    public async Task Adding_from_the_middle_of_the_guide_returns_to_that_card_which_says_added_and_the_page_stays_cacheable()
    {
        var shopper = new Shopper(factory);
        var guide = await shopper.Client.GetDocumentAsync(LegCrampGuide.Url);
        var card = guide.QuerySelectorAll("#pregnancy .sock-card").First();
        var variant = card.QuerySelectorAll("select[name=VariantId] option").Select(o => o.GetAttribute("value")).First(v => v!.Length > 0)!;
        var returnTo = card.QuerySelector("input[name=ReturnTo]")!.GetAttribute("value")!;

        var added = await shopper.PostAsync("/cart/add", ("VariantId", variant), ("Quantity", "1"), ("ReturnTo", returnTo));
        var back = await shopper.Client.GetAsync(added.Headers.Location);
        var page = await Html.ParseAsync(await back.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Equal($"{LegCrampGuide.Url}?added={card.Id}#{card.Id}", added.Headers.Location!.ToString());
        Assert.DoesNotMatch("TempDataProvider=[^;]", string.Join("\n", added.Headers.GetValues("Set-Cookie")));
        var notes = page.QuerySelectorAll("[data-testid=added-note]");
        Assert.Equal(card.Id, Assert.Single(notes).ParentElement!.Id);
        Assert.Equal("Added — view cart", notes[0].TextContent);
        Assert.False(back.Headers.Contains("Set-Cookie"));
        Assert.Equal("1", page.QuerySelector("[data-testid=cart-count]")!.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task A_return_address_outside_the_shop_is_ignored_and_the_shopper_lands_on_the_cart(string returnTo)
    {
        var variant = await factory.VariantAsync(20m);
        var shopper = new Shopper(factory);

        var added = await shopper.PostAsync("/cart/add", ("VariantId", variant.ToString()), ("Quantity", "1"), ("ReturnTo", returnTo));

        Assert.Equal("/cart", added.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_free_shipping_suggestions_in_the_cart_ask_for_colour_and_size()
    {
        var variant = await factory.VariantAsync(20m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);

        var cart = await shopper.CartAsync();

        var selects = cart.QuerySelectorAll(".gap-suggestions select[name=VariantId]").Cast<IHtmlSelectElement>().ToList();
        Assert.NotEmpty(selects);
        Assert.All(selects.Where(s => s.Options.Length > 1), s => Assert.Equal(string.Empty, s.Value));
    }

    [Fact]
    public async Task The_finder_lands_on_its_results_which_say_how_many_causes_matched()
    {
        var page = await factory.CreateClient().GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=at-night&a=pregnant&find=1");

        Assert.EndsWith("/finder#results", page.QuerySelector("form.finder-form")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("results"));
        var count = page.QuerySelectorAll(".finder-match").Length;
        Assert.StartsWith($"{count} likely causes matched", page.QuerySelector("[data-testid=finder-count]")!.TextContent, StringComparison.Ordinal);
    }
}
