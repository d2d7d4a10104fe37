using Storefront.Domain.Ordering;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// Confirmations go out after the payment has been answered, from the shop's background sender: a test waits for one
/// as the shopper's inbox would, for as long as a slow machine may need.
/// </summary>
public static class Confirmations
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The order chosen by <paramref name="which"/>, once its confirmation is recorded as sent.</summary>
    public static async Task<Order> ConfirmedOrderAsync(this StorefrontFactory factory, Func<Order, bool> which)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var order = (await factory.OrdersAsync()).SingleOrDefault(which);
            if (order?.ConfirmationSentAt is not null)
            {
                return order;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No confirmation was recorded within {Patience.TotalSeconds} s (order {order?.Number ?? "not found"}).");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until <paramref name="happened"/> holds, e.g. a failure has been logged.</summary>
    public static async Task EventuallyAsync(Func<bool> happened, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!happened())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {Patience.TotalSeconds} s: {what}.");
            }

            await Task.Delay(20);
        }
    }
}
