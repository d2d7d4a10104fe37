using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Domain.Tests.Catalog;

public sealed class CategoryTests
{
    [Fact]
    public void A_category_keeps_its_trimmed_name_slug_and_order()
    {
        var category = new Category("  Travel ", Slug.Parse("travel"), 2);

        Assert.Equal("Travel", category.Name);
        Assert.Equal("travel", category.Slug.Value);
        Assert.Equal(2, category.SortOrder);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_category_needs_a_name(string name) =>
        Assert.Throws<DomainException>(() => new Category(name, Slug.Parse("travel"), 0));

    [Fact]
    public void A_category_name_longer_than_80_characters_is_refused() =>
        Assert.Throws<DomainException>(() => new Category(new string('x', Category.MaxNameLength + 1), Slug.Parse("x"), 0));

    [Fact]
    public void Renaming_and_moving_change_name_slug_and_order()
    {
        var category = new Category("Travel", Slug.Parse("travel"), 0);

        category.Rename("Travel & Flights", Slug.Parse("travel-flights"));
        category.MoveTo(4);

        Assert.Equal("Travel & Flights", category.Name);
        Assert.Equal("travel-flights", category.Slug.Value);
        Assert.Equal(4, category.SortOrder);
    }

    [Fact]
    public void Renaming_to_an_empty_name_is_refused_and_keeps_the_old_name()
    {
        var category = new Category("Travel", Slug.Parse("travel"), 0);

        Assert.Throws<DomainException>(() => category.Rename(" ", Slug.Parse("nothing")));
        Assert.Equal("Travel", category.Name);
        Assert.Equal("travel", category.Slug.Value);
    }
}
