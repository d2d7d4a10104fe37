using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Domain.Ordering;
using Storefront.Infrastructure.Payments;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Checkout;

/// <summary>Stripe slow, down or refusing: the person waiting gets a message they can read, and nothing is left half done.</summary>
public sealed class StripeTroubleTests(StripeStorefrontFactory factory) : IClassFixture<StripeStorefrontFactory>
{
    [Fact]
    public async Task When_Stripe_does_not_answer_the_shopper_is_told_so_and_the_socks_go_back_on_sale_at_once()
    {
        var variant = await factory.VariantAsync(20m, stock: 6);
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variant, 2);
        var stripe = factory.Services.GetRequiredService<IOptions<StripeOptions>>().Value;
        var timeout = stripe.RequestTimeout;
        stripe.RequestTimeout = TimeSpan.FromSeconds(1);
        factory.Stripe.Hang = true;
        string sentTo;
        try
        {
            sentTo = await shopper.CheckoutAsync();
        }
        finally
        {
            factory.Stripe.Hang = false;
            stripe.RequestTimeout = timeout;
        }

        Assert.Equal("/cart", sentTo);
        var cart = await shopper.CartAsync();
        Assert.Contains("could not reach the payment provider", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        Assert.Contains("nothing was charged", cart.QuerySelector("[data-testid=cart-problem]")?.TextContent);
        var stock = await factory.StockAsync(variant);
        Assert.Equal((6, 0), (stock.StockOnHand, stock.Reserved));
        var order = (await factory.OrdersAsync()).Single(o => o.Lines.Any(l => l.VariantId == variant));
        Assert.Equal(OrderStatus.PaymentFailed, order.Status);
        Assert.False(order.HoldsStock);
    }

    [Fact]
    public async Task A_refund_Stripe_refuses_tells_the_admin_why_and_leaves_the_order_paid()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true);
        var page = await admin.GetDocumentAsync($"/admin/orders/{order.Id}");
        var version = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='version']")!).Value;
        factory.Stripe.FailRefundWith = 400;
        HttpResponseMessage response;
        try
        {
            response = await admin.PostFormAsync($"/admin/orders/{order.Id}", $"/admin/orders/{order.Id}?handler=Refund", new() { ["version"] = version });
        }
        finally
        {
            factory.Stripe.FailRefundWith = null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This charge has already been refunded.", (await response.ErrorsAsync())[0]);
        var saved = await factory.WithDbAsync(db => db.Orders.AsNoTracking().Include(o => o.Events).SingleAsync(o => o.Id == order.Id));
        Assert.Equal(OrderStatus.Paid, saved.Status);
        Assert.Null(saved.RefundReference);
        Assert.Equal(order.Version, saved.Version);
    }
}
