using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Domain.Ordering;
using Storefront.Domain.Shipping;

namespace Storefront.Web.Tests.Support;

/// <summary>Orders straight in the app's database, in the states the admin acts on.</summary>
public static class OrderData
{
    /// <summary>An order of two units of a $20.00 variant, placed now (paid <paramref name="daysAgo"/> days ago when paid).</summary>
    public static async Task<Order> PlaceOrderAsync(this StorefrontFactory factory, bool paid, string email = "buyer@example.test", string? flag = null, int daysAgo = 0)
    {
        var variantId = await factory.VariantAsync(20.00m, stock: 40);
        var shipping = factory.Services.GetRequiredService<ShippingPolicy>();
        return await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variantId));
            var variant = product.Variants.Single(v => v.Id == variantId);
            var now = DateTimeOffset.UtcNow.AddDays(-daysAgo);
            var order = Order.Place(Guid.NewGuid(), [new OrderItem(variantId, product.Name, $"{variant.Size} · {variant.Colour}", variant.Sku, "/img/placeholder.svg", variant.Price, 2)], shipping, now, now.AddHours(1));
            product.Reserve(variantId, 2);
            if (paid)
            {
                order.RecordPayment(new PaymentConfirmation(order.Total, "pi_test_admin", new ShippingAddress("Jo Runner", "1 Main St", null, "Portland", "OR", "97201", "US"), email), now);
                product.CompleteSale(variantId, 2);
            }

            if (flag is not null)
            {
                order.Flag(flag, now);
            }

            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order;
        });
    }
}
