using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Storefront.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. Mediator itself is generated and registered by the host (Storefront.Web).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        return services;
    }
}
