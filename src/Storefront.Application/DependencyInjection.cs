using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Storefront.Application.Checkout;
using Storefront.Application.Checkout.FulfilOrder;
using Storefront.Application.Checkout.SendConfirmations;
using Storefront.Application.Common.Telemetry;
using Storefront.Domain.Common;
using Storefront.Domain.Shipping;

namespace Storefront.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the validators, the shop's rules read from configuration (shipping, checkout), the catalog search,
    /// the services the use cases share and the shop's metrics (the host provides the meter factory). Mediator itself is
    /// generated and registered by the host (Storefront.Web).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        // A validator builds its rules when constructed: one that needs nothing from a request is built once.
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, NeedsNothing, includeInternalTypes: true);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, v => !NeedsNothing(v), includeInternalTypes: true);
        services.AddSingleton(new ShippingPolicy(
            new Money(configuration.GetValue("Shipping:FreeThreshold", ShippingPolicy.DefaultFreeThreshold.Amount)),
            new Money(configuration.GetValue("Shipping:StandardRate", ShippingPolicy.DefaultStandardRate.Amount))));
        services.AddSingleton(configuration.GetSection(CheckoutOptions.Section).Get<CheckoutOptions>() ?? new CheckoutOptions());
        services.AddScoped<OrderFulfilment>();
        services.AddScoped<OrderConfirmations>();
        services.AddSingleton<ConfirmationQueue>();
        services.TryAddSingleton<StorefrontMetrics>();
        services.AddScoped<Catalog.Search.CatalogSearch>();
        return services;
    }

    private static bool NeedsNothing(AssemblyScanner.AssemblyScanResult validator) =>
        validator.ValidatorType.GetConstructors().Any(c => c.GetParameters().Length == 0);
}
