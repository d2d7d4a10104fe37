using Storefront.Domain.Carts;
using Storefront.Domain.Common;

namespace Storefront.Domain.Tests.Carts;

public sealed class CartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Sock = Guid.NewGuid();

    [Fact]
    public void Adding_the_same_variant_again_merges_into_one_line()
    {
        var cart = new Cart(Now);
        cart.Add(Sock, 2, 18m, available: 20, Now);
        cart.Add(Sock, 3, 18m, available: 20, Now);

        var line = Assert.Single(cart.Lines);
        Assert.Equal(5, line.Quantity);
        Assert.Equal(5, cart.ItemCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void A_quantity_outside_1_to_10_is_refused(int quantity)
    {
        var cart = new Cart(Now);

        Assert.Throws<DomainException>(() => cart.Add(Sock, quantity, 18m, available: 100, Now));
        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public void Merging_may_not_pass_10_per_line_or_the_stock_left()
    {
        var cart = new Cart(Now);
        cart.Add(Sock, 8, 18m, available: 20, Now);

        Assert.Throws<DomainException>(() => cart.Add(Sock, 3, 18m, available: 20, Now));
        var soldOut = Assert.Throws<DomainException>(() => cart.Add(Guid.NewGuid(), 4, 18m, available: 3, Now));
        Assert.Equal("Only 3 left in stock.", soldOut.Message);
        Assert.Equal(8, cart.ItemCount);
    }

    [Fact]
    public void Reviewing_takes_the_new_price_cuts_to_stock_and_drops_what_cannot_be_bought()
    {
        var cart = new Cart(Now);
        var gone = Guid.NewGuid();
        cart.Add(Sock, 6, 18m, available: 20, Now);
        cart.Add(gone, 1, 20m, available: 5, Now);

        cart.Review(Sock, 19.50m, available: 4, canBeBought: true, Now);
        cart.Review(gone, 20m, available: 5, canBeBought: false, Now);

        var line = Assert.Single(cart.Lines);
        Assert.Equal(4, line.Quantity);
        Assert.Equal(19.50m, line.SeenUnitPrice);
    }

    [Fact]
    public void Clearing_empties_the_cart()
    {
        var cart = new Cart(Now);
        cart.Add(Sock, 1, 18m, available: 2, Now);

        cart.Clear(Now.AddMinutes(1));

        Assert.True(cart.IsEmpty);
        Assert.Equal(Now.AddMinutes(1), cart.UpdatedAt);
    }
}
