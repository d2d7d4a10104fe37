using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Ordering;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>A payment page pays exactly the cart it was opened for, to a real US address.</summary>
public sealed class PayingWhatWasOrderedTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    private static readonly (string, string)[] GoodAddress = [("Name", "Ann"), ("Line1", "1 Main St"), ("City", "Springfield"), ("State", "IL"), ("PostalCode", "62701")];

    [Theory]
    [InlineData("State", "x", "Enter the state as its two-letter code, like IL or NY.")]
    [InlineData("State", "ZZ", "Enter the state as its two-letter code, like IL or NY.")]
    [InlineData("PostalCode", "abc", "Enter a US ZIP code: 5 digits, like 62701, or ZIP+4, like 62701-1234.")]
    [InlineData("PostalCode", "1234", "Enter a US ZIP code: 5 digits, like 62701, or ZIP+4, like 62701-1234.")]
    [InlineData("Name", "", "'Name' must not be empty.")]
    public async Task A_bad_state_zip_or_empty_field_is_one_readable_error_and_the_order_stays_unpaid(string field, string value, string message)
    {
        var variant = await factory.VariantAsync(20m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var payPage = await shopper.CheckoutAsync();

        var fields = GoodAddress.Select(f => f.Item1 == field ? (f.Item1, value) : f).ToArray();
        var response = await shopper.PostAsync(payPage + "?handler=Pay", fields);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], page.QuerySelectorAll("[data-testid=payment-errors] li").Select(li => li.TextContent));
        Assert.Equal(OrderStatus.PendingPayment, await StatusOfAsync(payPage));
    }

    [Theory]
    [InlineData("62701")]
    [InlineData("62701-1234")]
    public async Task A_five_digit_or_zip_plus_four_code_with_a_lower_case_state_pays(string zip)
    {
        var variant = await factory.VariantAsync(20m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant);
        var payPage = await shopper.CheckoutAsync();

        var fields = GoodAddress.Select(f => f.Item1 switch { "PostalCode" => (f.Item1, zip), "State" => (f.Item1, "il"), _ => f }).ToArray();
        var response = await shopper.PostAsync(payPage + "?handler=Pay", fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(OrderStatus.Paid, await StatusOfAsync(payPage));
    }

    [Fact]
    public async Task After_the_cart_changes_the_old_payment_page_cannot_be_paid_and_its_stock_is_released()
    {
        var variant = await factory.VariantAsync(20m, stock: 10);
        var other = await factory.VariantAsync(15m);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var payPage = await shopper.CheckoutAsync();

        await shopper.AddAsync(other);
        var response = await shopper.PostAsync(payPage + "?handler=Pay", GoodAddress);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("can no longer be paid", page.QuerySelector("[data-testid=payment-errors]")?.TextContent);
        Assert.Empty(page.QuerySelectorAll(".test-payment-form"));
        Assert.Equal(OrderStatus.Cancelled, await StatusOfAsync(payPage));
        var stock = await factory.StockAsync(variant);
        Assert.Equal((10, 0), (stock.StockOnHand, stock.Reserved));
    }

    /// <summary>The status of the order a payment page (/checkout/test-payment/{orderId}) is for.</summary>
    private Task<OrderStatus> StatusOfAsync(string payPage)
    {
        var orderId = Guid.Parse(payPage[(payPage.LastIndexOf('/') + 1)..]);
        return factory.WithDbAsync(db => db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
    }
}
