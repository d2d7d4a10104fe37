using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Common;
using Storefront.Infrastructure.Persistence;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Infrastructure.Time;

namespace Storefront.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var databaseSection = configuration.GetSection(DatabaseOptions.Section);
        services.Configure<DatabaseOptions>(databaseSection);
        var database = databaseSection.Get<DatabaseOptions>() ?? new DatabaseOptions();

        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                var connectionString = configuration.GetConnectionString("Storefront")
                    ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Storefront is not set.");
                services.AddDbContext<StorefrontDbContext, SqlServerStorefrontDbContext>(o => o
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
                break;
            default:
                services.AddDbContext<StorefrontDbContext, SqliteStorefrontDbContext>(o => o
                    .UseSqlite(SqliteConnectionString(database, environment), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
                break;
        }

        services.AddScoped<IStorefrontDbContext>(sp => sp.GetRequiredService<StorefrontDbContext>());
        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<ISeeder, GuideSeeder>();
        if (database.SeedSampleData)
        {
            services.AddScoped<ISeeder, CatalogSeeder>();
        }

        return services;
    }

    private static string SqliteConnectionString(DatabaseOptions database, IWebHostEnvironment environment)
    {
        var path = Path.IsPathRooted(database.SqlitePath)
            ? database.SqlitePath
            : Path.Combine(environment.ContentRootPath, "App_Data", database.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"Data Source={path};Foreign Keys=True;Default Timeout=30";
    }
}
