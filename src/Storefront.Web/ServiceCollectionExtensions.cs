using Storefront.Application;
using Storefront.Application.Common.Behaviours;
using Storefront.Infrastructure;
using Storefront.Web.Admin;
using Storefront.Web.Caching;
using Storefront.Web.Http;
using Storefront.Web.Rendering;

namespace Storefront.Web;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddStorefront(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        PublicAddress.RequireInProduction(configuration, environment);
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, environment);
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection), typeof(ServiceCollectionExtensions)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });

        services.AddRazorPages();
        services.AddPublicPageCaching(configuration);
        services.AddTextCompression();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddAdminArea(configuration);
        services.AddShopSecurity(configuration, environment);
        return services;
    }
}
