using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators and the shop's metrics (the host provides the meter factory). Mediator itself is generated and registered by the host (Storefront.Web).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.TryAddSingleton<StorefrontMetrics>();
        return services;
    }
}
