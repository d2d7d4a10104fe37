using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Storefront.Application.Payments;

namespace Storefront.Infrastructure.Payments;

internal static class PaymentsRegistration
{
    /// <summary>Stripe when it has a key; the test gateway when asked for, or outside Production without a key; otherwise none.</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<StripeOptions>(configuration.GetSection(StripeOptions.Section));
        services.AddSingleton<IPaymentWebhookReader, StripeWebhookReader>();
        services.AddHttpClient<StripePaymentGateway>();

        var provider = configuration[$"{PaymentsOptions.Section}:Provider"]?.Trim();
        var hasKey = !string.IsNullOrWhiteSpace(configuration[$"{StripeOptions.Section}:SecretKey"]);
        var askedForTest = string.Equals(provider, "Test", StringComparison.OrdinalIgnoreCase);
        var useTest = askedForTest || (string.IsNullOrEmpty(provider) && !hasKey && !environment.IsProduction());
        if (useTest && environment.IsProduction() && !configuration.GetValue<bool>($"{PaymentsOptions.Section}:{nameof(PaymentsOptions.AllowTestInProduction)}"))
        {
            // The test gateway lets anyone "pay" without a card: a live shop must not take it by a stray setting.
            services.AddSingleton<IPaymentGateway>(new UnavailablePaymentGateway(
                "Payments:Provider=Test is refused in Production, where it would let anyone pay for free. Set the Stripe keys, or also Payments:AllowTestInProduction=true for a demo shop."));
        }
        else if (useTest)
        {
            services.AddSingleton<IPaymentGateway, TestPaymentGateway>();
        }
        else if (hasKey)
        {
            services.AddTransient<IPaymentGateway>(sp => sp.GetRequiredService<StripePaymentGateway>());
        }
        else
        {
            services.AddSingleton<IPaymentGateway>(new UnavailablePaymentGateway(
                "No Stripe secret key is configured (Stripe:SecretKey) and this is Production, where the test gateway is off. Set the key, or Payments:Provider=Test for a demo."));
        }

        services.AddHostedService<PaymentsStartupLog>();
        return services;
    }
}
