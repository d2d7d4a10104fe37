using Storefront.Domain.Catalog;

namespace Storefront.Domain.Tests.Catalog;

public sealed class CatalogLabelsTests
{
    [Fact]
    public void Every_style_level_and_use_reads_back_from_its_url_token()
    {
        Assert.All(Enum.GetValues<SockStyle>(), style => Assert.Equal(style, CatalogLabels.ParseStyle(style.Token())));
        Assert.All(Enum.GetValues<CompressionLevel>(), level => Assert.Equal(level, CatalogLabels.ParseCompression(level.Token())));
        Assert.All(CatalogLabels.Split((SockUse)31), use => Assert.Equal(use, CatalogLabels.ParseUse(use.Token())));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tube")]
    [InlineData("KNEE-HIGH")]
    [InlineData("none")]
    public void An_unknown_token_reads_as_no_filter(string? token)
    {
        Assert.Null(CatalogLabels.ParseStyle(token));
        Assert.Null(CatalogLabels.ParseCompression(token));
        Assert.Null(CatalogLabels.ParseUse(token));
    }

    [Fact]
    public void Labels_are_what_a_shopper_reads()
    {
        Assert.Equal("Knee-high", SockStyle.KneeHigh.Label());
        Assert.Equal("15–20 mmHg", CompressionLevel.Moderate15To20.Label());
        Assert.Equal("Running, Recovery", (SockUse.Running | SockUse.Recovery).Label());
    }

    [Fact]
    public void The_size_chart_shows_only_the_sizes_offered_and_wide_calf_has_its_own_measures()
    {
        var standard = SizeChart.For(SockStyle.Crew, ["M", "l"]);
        var wide = SizeChart.For(SockStyle.WideCalf, ["M"]);

        Assert.Equal(["M", "L"], standard.Select(r => r.Size));
        Assert.NotEqual(standard[0].CalfCircumference, Assert.Single(wide).CalfCircumference);
    }

    [Fact]
    public void Sizes_rank_small_to_large_with_unknown_sizes_last() =>
        Assert.Equal(["S", "M", "XL", "XXL", "One size"], new[] { "One size", "XXL", "M", "S", "XL" }.OrderBy(SizeChart.Rank));
}
