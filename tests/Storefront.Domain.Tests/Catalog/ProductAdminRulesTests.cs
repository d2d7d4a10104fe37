using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Domain.Tests.Catalog;

public sealed class ProductAdminRulesTests
{
    private static Product NewProduct() =>
        new("Everyday Crew", Slug.Parse("everyday-crew"), Guid.NewGuid(), SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday, DateTimeOffset.UnixEpoch);

    [Fact]
    public void An_edit_made_from_an_older_version_is_refused()
    {
        var product = NewProduct();
        product.Revise(0);

        var stale = Assert.Throws<DomainException>(() => product.Revise(0));

        Assert.Equal(Product.ConcurrentEditMessage, stale.Message);
        Assert.Equal(1, product.Version);
    }

    [Fact]
    public void A_stock_adjustment_records_the_change_and_its_reason_and_never_goes_negative()
    {
        var product = NewProduct();
        var variant = product.AddVariant("CREW-M", "M", "Black", "#111111", new Money(20m), null, 10);

        var adjustment = product.AdjustStock(variant.Id, 4, "Recount", DateTimeOffset.UnixEpoch);

        Assert.Equal((-6, "Recount", 4), (adjustment.Change, adjustment.Reason, variant.StockOnHand));
        Assert.Throws<DomainException>(() => product.AdjustStock(variant.Id, -1, "Oops", DateTimeOffset.UnixEpoch));
        Assert.Throws<DomainException>(() => product.AdjustStock(variant.Id, 5, " ", DateTimeOffset.UnixEpoch));
        Assert.Equal(4, variant.StockOnHand);
    }

    [Fact]
    public void Images_move_one_place_at_a_time_and_stay_numbered()
    {
        var product = NewProduct();
        var first = product.AddImage("/media/1", "Front");
        var second = product.AddImage("/media/2", "Side");

        product.MoveImage(second.Id, -1);
        product.MoveImage(second.Id, -1);

        Assert.Equal([0, 1], new[] { second.Position, first.Position });
    }
}
