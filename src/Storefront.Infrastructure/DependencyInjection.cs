using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Storefront.Application.Admin.Products;
using Storefront.Application.Common;
using Storefront.Infrastructure.Auditing;
using Storefront.Infrastructure.Caching;
using Storefront.Infrastructure.Checkout;
using Storefront.Infrastructure.Csv;
using Storefront.Infrastructure.Email;
using Storefront.Infrastructure.Identity;
using Storefront.Infrastructure.Images;
using Storefront.Infrastructure.Payments;
using Storefront.Infrastructure.Persistence;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Infrastructure.Persistence.Sqlite;
using Storefront.Infrastructure.Time;

namespace Storefront.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var databaseSection = configuration.GetSection(DatabaseOptions.Section);
        services.Configure<DatabaseOptions>(databaseSection);
        var database = databaseSection.Get<DatabaseOptions>() ?? new DatabaseOptions();

        // The page and data caches' stores live here (in Redis when configured); the web app adds the page policies.
        services.AddPageAndDataCaches(configuration);

        // Pooled contexts: their options and EF's services are built once, not on every request. The interceptors are
        // therefore shared by all contexts, and keep what belongs to one context per context.
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                var connectionString = configuration.GetConnectionString("Storefront")
                    ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Storefront is not set.");
                services.AddDbContextPool<StorefrontDbContext, SqlServerStorefrontDbContext>((sp, o) => o
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PageCacheEvictionInterceptor>())
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
                break;
            default:
                var sqliteConnectionString = SqliteConnectionString(database, environment);
                services.AddSingleton<SqliteWriteGate>();
                services.AddSingleton<SqliteWriteGateInterceptor>();
                services.AddDbContextPool<StorefrontDbContext, SqliteStorefrontDbContext>((sp, o) => KeptOpenSqliteConnection.Use(o)
                    .AddInterceptors(
                        // First: a commit hands the writer gate on before the other interceptors' work after it.
                        sp.GetRequiredService<SqliteWriteGateInterceptor>(),
                        sp.GetRequiredService<AuditInterceptor>(),
                        sp.GetRequiredService<PageCacheEvictionInterceptor>(),
                        SqliteStatementReuse.Instance,
                        SqliteConnectionSetup.Instance)
                    .UseSqlite(sqliteConnectionString, sqlite => sqlite
                        .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                        // "ids.Contains(x)" as one JSON parameter: the SQL no longer depends on how many ids there are,
                        // so EF reuses it instead of generating it again on every cart and checkout request.
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
                    // Each pooled context keeps an open connection with its compiled statements (three file handles and
                    // a few hundred kB): a burst beyond this many requests at once uses contexts that are then disposed.
                    poolSize: 128);
                break;
        }

        services.AddScoped<IStorefrontDbContext>(sp => sp.GetRequiredService<StorefrontDbContext>());
        services.AddHealthChecks().AddDbContextCheck<StorefrontDbContext>("database", tags: ["ready"]);
        services.AddKeyProtection(configuration, environment);
        services.AddSingleton<IClock, SystemClock>();
        services.AddCheckout(configuration, environment);
        services.Configure<GuideOptions>(configuration.GetSection(GuideOptions.Section));
        services.AddScoped<ISeeder, GuideSeeder>();
        if (database.SeedSampleData)
        {
            services.AddScoped<ISeeder, CatalogSeeder>();
        }

        services.AddAdmin(configuration, environment);

        return services;
    }

    /// <summary>Identity for the admin area, the audit trail, uploaded pictures and the product spreadsheet.</summary>
    private static void AddAdmin(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<StorefrontDbContext>()
            .AddDefaultTokenProviders();
        services.AddScoped<ISeeder>(sp => ActivatorUtilities.CreateInstance<AdminSeeder>(sp, environment));
        services.AddSingleton<AuditInterceptor>();

        // Without a web host nobody is signed in, so nothing is audited; the web app registers the signed-in user instead.
        services.TryAddSingleton<ICurrentUser, NoCurrentUser>();
        services.AddScoped<IImageStore, DatabaseImageStore>();
        services.AddSingleton<IImageInspector, ImageSharpInspector>();
        services.AddSingleton<IProductCsv, CsvHelperProductCsv>();
    }

    private static IServiceCollection AddCheckout(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddPayments(configuration, environment);
        services.AddEmail(configuration, environment);
        services.AddHostedService<ReservationExpiryService>();
        services.AddHostedService<ConfirmationSender>();
        return services;
    }

    private static string SqliteConnectionString(DatabaseOptions database, IWebHostEnvironment environment)
    {
        var path = Path.IsPathRooted(database.SqlitePath)
            ? database.SqlitePath
            : Path.Combine(environment.ContentRootPath, "App_Data", database.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Foreign keys and synchronous mode are set once per pooled connection by SqliteConnectionSetup.
        return $"Data Source={path};Default Timeout=30";
    }
}
