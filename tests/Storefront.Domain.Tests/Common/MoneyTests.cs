using Storefront.Domain.Common;

namespace Storefront.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void A_negative_amount_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new Money(-0.01m));
        Assert.Contains("negative", error.Message);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("18.335")]
    public void Fractions_of_a_cent_are_refused(string amount) =>
        Assert.Throws<DomainException>(() => new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData(" ")]
    public void A_currency_must_be_a_three_letter_upper_case_code(string currency) =>
        Assert.Throws<DomainException>(() => new Money(1m, currency));

    [Fact]
    public void Zero_and_whole_cents_are_accepted()
    {
        Assert.Equal(0m, Money.Zero().Amount);
        Assert.Equal(18.33m, new Money(18.33m).Amount);
        Assert.Equal("USD", new Money(18.33m).Currency);
    }

    [Fact]
    public void Three_pairs_at_18_33_cost_54_99_which_is_5499_cents_and_back()
    {
        var total = new Money(18.33m) * 3;

        Assert.Equal(new Money(54.99m), total);
        Assert.Equal(5499, total.ToCents());
        Assert.Equal(total, Money.FromCents(5499));
    }

    [Fact]
    public void Amounts_of_different_currencies_cannot_be_added_subtracted_or_compared()
    {
        var dollars = new Money(10m);
        var euros = new Money(10m, "EUR");

        Assert.Throws<DomainException>(() => dollars + euros);
        Assert.Throws<DomainException>(() => dollars - euros);
        Assert.Throws<DomainException>(() => dollars < euros);
    }

    [Fact]
    public void Subtracting_more_than_there_is_is_refused() =>
        Assert.Throws<DomainException>(() => new Money(5m) - new Money(5.01m));

    [Fact]
    public void Multiplying_by_a_negative_quantity_is_refused() =>
        Assert.Throws<DomainException>(() => new Money(5m) * -1);

    [Fact]
    public void Comparisons_order_amounts_of_one_currency()
    {
        var less = new Money(54.99m);
        var more = new Money(55m);

        Assert.True(less < more);
        Assert.True(more > less);
        Assert.True(less <= new Money(54.99m));
        Assert.True(more >= new Money(55.00m));
        Assert.Equal(new Money(55m), new Money(55.00m));
    }

    [Fact]
    public void Shortfall_to_a_target_is_what_is_missing_and_zero_once_reached()
    {
        var threshold = new Money(55m);

        Assert.Equal(new Money(0.01m), new Money(54.99m).ShortfallTo(threshold));
        Assert.Equal(Money.Zero(), new Money(55m).ShortfallTo(threshold));
        Assert.Equal(Money.Zero(), new Money(80m).ShortfallTo(threshold));
    }

    [Fact]
    public void Dollars_print_with_a_dollar_sign_and_other_currencies_with_their_code()
    {
        Assert.Equal("$1,234.50", new Money(1234.5m).ToString());
        Assert.Equal("12.00 EUR", new Money(12m, "EUR").ToString());
    }
}
