using System.Globalization;

namespace Storefront.Domain.Common;

/// <summary>An exact, non-negative amount of one currency, kept to the cent.</summary>
public readonly record struct Money : IComparable<Money>
{
    public const string DefaultCurrency = "USD";

    public Money(decimal amount, string currency = DefaultCurrency)
    {
        if (amount < 0)
        {
            throw new DomainException("A price or amount cannot be negative.");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainException("An amount cannot have fractions of a cent.");
        }

        if (string.IsNullOrWhiteSpace(currency) || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("A currency is a three-letter ISO code such as USD.");
        }

        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency = DefaultCurrency) => new(0m, currency);

    public static Money FromCents(long cents, string currency = DefaultCurrency) => new(cents / 100m, currency);

    /// <summary>The amount in the currency's minor unit, as Stripe expects it.</summary>
    public long ToCents() => (long)(Amount * 100m);

    public Money Add(Money other) => new(Amount + SameCurrency(other).Amount, Currency);

    public Money Subtract(Money other)
    {
        var difference = Amount - SameCurrency(other).Amount;
        if (difference < 0)
        {
            throw new DomainException("The result of a subtraction of money cannot be negative.");
        }

        return new Money(difference, Currency);
    }

    /// <summary>The amount still needed to reach <paramref name="target"/>, or zero once it is reached.</summary>
    public Money ShortfallTo(Money target) => this >= target ? Zero(Currency) : target.Subtract(this);

    public Money Multiply(int quantity)
    {
        if (quantity < 0)
        {
            throw new DomainException("A quantity cannot be negative.");
        }

        return new Money(Amount * quantity, Currency);
    }

    public int CompareTo(Money other) => Amount.CompareTo(SameCurrency(other).Amount);

    public static Money operator +(Money left, Money right) => left.Add(right);

    public static Money operator -(Money left, Money right) => left.Subtract(right);

    public static Money operator *(Money money, int quantity) => money.Multiply(quantity);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        Currency == DefaultCurrency
            ? Amount.ToString("$#,##0.00", CultureInfo.InvariantCulture)
            : $"{Amount.ToString("#,##0.00", CultureInfo.InvariantCulture)} {Currency}";

    private Money SameCurrency(Money other) =>
        other.Currency == Currency
            ? other
            : throw new DomainException($"Cannot combine {Currency} with {other.Currency}.");
}
