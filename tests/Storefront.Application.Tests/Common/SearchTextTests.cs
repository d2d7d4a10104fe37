using Storefront.Application.Common;

namespace Storefront.Application.Tests.Common;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("  socks  ", "%socks%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("knee_high", "%knee\\_high%")]
    [InlineData("[a-z]", "%\\[a-z]%")]
    [InlineData("back\\slash", "%back\\\\slash%")]
    public void A_search_becomes_a_contains_pattern_whose_wildcards_are_literal(string search, string pattern) =>
        Assert.Equal(pattern, SearchText.ContainsPattern(search));

    [Fact]
    public void A_search_is_trimmed_and_cut_to_the_longest_the_shop_searches_for()
    {
        Assert.Equal("socks", SearchText.Normalise("  socks "));
        Assert.Null(SearchText.Normalise(null));
        Assert.Equal(SearchText.MaxLength, SearchText.Normalise(new string('a', 2000))!.Length);
    }
}
