using Storefront.Domain.Common;

namespace Storefront.Domain.Tests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("ankle-socks")]
    [InlineData("socks-2")]
    [InlineData("a")]
    public void Lower_case_letters_digits_and_single_hyphens_make_a_slug(string value) =>
        Assert.Equal(value, Slug.Parse(value).Value);

    [Theory]
    [InlineData("")]
    [InlineData("Ankle")]
    [InlineData("-ankle")]
    [InlineData("ankle-")]
    [InlineData("ankle--socks")]
    [InlineData("ankle socks")]
    [InlineData("ankle_socks")]
    [InlineData("chaussette-été")]
    public void Anything_else_is_refused(string value)
    {
        Assert.False(Slug.IsValid(value));
        Assert.Throws<DomainException>(() => Slug.Parse(value));
    }

    [Fact]
    public void A_slug_longer_than_100_characters_is_refused() =>
        Assert.Throws<DomainException>(() => Slug.Parse(new string('a', Slug.MaxLength + 1)));

    [Theory]
    [InlineData("Ankle Compression Socks — Black & White", "ankle-compression-socks-black-white")]
    [InlineData("  Graduated Knee-High Socks 15–20 mmHg ", "graduated-knee-high-socks-15-20-mmhg")]
    [InlineData("Chaussettes été", "chaussettes-ete")]
    public void From_text_suggests_a_readable_slug(string text, string expected) =>
        Assert.Equal(expected, Slug.FromText(text).Value);

    [Fact]
    public void From_text_cuts_a_long_name_to_the_maximum_without_a_trailing_hyphen()
    {
        var slug = Slug.FromText(string.Join(' ', Enumerable.Repeat("sock", 40)));

        Assert.True(slug.Value.Length <= Slug.MaxLength);
        Assert.False(slug.Value.EndsWith('-'));
    }

    [Fact]
    public void From_text_without_letters_or_digits_is_refused() =>
        Assert.Throws<DomainException>(() => Slug.FromText("— & —"));

    [Fact]
    public void Slugs_with_the_same_value_are_equal() =>
        Assert.Equal(Slug.Parse("crew"), Slug.FromText("Crew"));
}
