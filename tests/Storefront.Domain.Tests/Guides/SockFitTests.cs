using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Domain.Tests.Guides;

public sealed class SockFitTests
{
    private static readonly SockFit RunningKneeHigh = new([SockStyle.KneeHigh], [CompressionLevel.Moderate15To20, CompressionLevel.Firm20To30], SockUse.Running, SockUse.None, "For runners.");

    [Fact]
    public void A_published_in_stock_sock_of_an_allowed_style_level_and_use_fits()
    {
        Assert.True(RunningKneeHigh.Matches(Sock(SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running | SockUse.Recovery)));
    }

    [Fact]
    public void A_draft_sock_never_fits()
    {
        var sock = Sock(SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running);
        sock.Unpublish();

        Assert.False(RunningKneeHigh.Matches(sock));
    }

    [Fact]
    public void A_sock_sold_out_in_every_variant_does_not_fit()
    {
        Assert.False(RunningKneeHigh.Matches(Sock(SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running, stock: 0)));
    }

    [Fact]
    public void A_sold_out_sock_is_still_suited_to_the_strategy_it_is_made_for()
    {
        Assert.True(RunningKneeHigh.IsSuitedTo(Sock(SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running, stock: 0)));
        Assert.False(RunningKneeHigh.IsSuitedTo(Sock(SockStyle.Crew, CompressionLevel.Firm20To30, SockUse.Running, stock: 0)));
    }

    [Fact]
    public void A_sock_whose_only_stock_is_held_for_checkouts_does_not_fit()
    {
        var sock = Sock(SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running, stock: 2);
        sock.Reserve(sock.Variants[0].Id, 2);

        Assert.False(RunningKneeHigh.Matches(sock));
    }

    [Theory]
    [InlineData(SockStyle.Ankle, CompressionLevel.Firm20To30, SockUse.Running)]
    [InlineData(SockStyle.KneeHigh, CompressionLevel.Mild8To15, SockUse.Running)]
    [InlineData(SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Everyday)]
    public void A_sock_of_another_style_level_or_use_does_not_fit(SockStyle style, CompressionLevel level, SockUse uses)
    {
        Assert.False(RunningKneeHigh.Matches(Sock(style, level, uses)));
    }

    [Fact]
    public void A_sock_made_for_an_excluded_use_does_not_fit_even_when_it_also_serves_an_allowed_one()
    {
        var everydayNotMaternity = new SockFit([], [], SockUse.Everyday, SockUse.Pregnancy, "All day.");

        Assert.False(everydayNotMaternity.Matches(Sock(SockStyle.KneeHigh, CompressionLevel.Moderate15To20, SockUse.Everyday | SockUse.Pregnancy)));
        Assert.True(everydayNotMaternity.Matches(Sock(SockStyle.KneeHigh, CompressionLevel.Moderate15To20, SockUse.Everyday | SockUse.Travel)));
    }

    [Fact]
    public void Empty_sets_allow_any_style_level_and_use()
    {
        var anything = new SockFit([], [], SockUse.None, SockUse.None, "Any sock.");

        Assert.True(anything.Matches(Sock(SockStyle.ThighHigh, CompressionLevel.Mild8To15, SockUse.Travel)));
    }

    [Fact]
    public void A_fit_cannot_ask_for_and_exclude_the_same_use_or_go_without_a_reason()
    {
        Assert.Throws<DomainException>(() => new SockFit([], [], SockUse.Running, SockUse.Running, "Why"));
        Assert.Throws<DomainException>(() => new SockFit([], [], SockUse.Running, SockUse.None, " "));
    }

    internal static Product Sock(SockStyle style, CompressionLevel level, SockUse uses, int stock = 10)
    {
        var product = new Product("Test sock", Slug.Parse("test-sock"), Guid.NewGuid(), style, level, uses, DateTimeOffset.UnixEpoch);
        product.AddVariant("T-1", "M", "Black", "#000000", new Money(20m), null, stock);
        product.Publish();
        return product;
    }
}
