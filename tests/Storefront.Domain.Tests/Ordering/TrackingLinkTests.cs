using Storefront.Domain.Ordering;

namespace Storefront.Domain.Tests.Ordering;

public sealed class TrackingLinkTests
{
    [Theory]
    [InlineData("1Z999AA10123456784", "UPS", "https://www.ups.com/track?tracknum=1Z999AA10123456784")]
    [InlineData("1z999aa1 0123456784", "UPS", "https://www.ups.com/track?tracknum=1Z999AA10123456784")]
    [InlineData("9400111899223197428490", "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490")]
    [InlineData("EA123456789US", "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels=EA123456789US")]
    [InlineData("123456789012", "FedEx", "https://www.fedex.com/fedextrack/?trknbr=123456789012")]
    public void A_number_shaped_like_a_carriers_gets_that_carriers_tracking_page(string number, string carrier, string url) =>
        Assert.Equal(new TrackingLink(carrier, url), TrackingLink.For(number));

    [Theory]
    [InlineData("")]
    [InlineData("HAND-DELIVERED")]
    [InlineData("12345")]
    public void A_number_no_carrier_uses_gets_no_link(string number) => Assert.Null(TrackingLink.For(number));
}
