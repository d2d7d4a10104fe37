using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// Counts the SQL commands each request sends. HybridCache runs a cache load without the request's context, so a
/// command without a request counts for the request in flight (tests send one at a time, and the factory below runs
/// no background work that queries).
/// </summary>
public sealed class QueryCounter(IHttpContextAccessor http) : DbCommandInterceptor, IStartupFilter
{
    private readonly ConcurrentQueue<(string Path, string Sql)> _commands = new();
    private volatile string? _inFlight;

    public IReadOnlyList<string> For(string pathAndQuery) =>
        _commands.Where(c => c.Path == pathAndQuery).Select(c => c.Sql).ToList();

    public void Clear() => _commands.Clear();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        var request = http.HttpContext?.Request;
        if ((request is null ? _inFlight : request.Path + request.QueryString) is { } path)
        {
            _commands.Enqueue((path, result.CommandText));
        }

        return result;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            _inFlight = context.Request.Path + context.Request.QueryString;
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                _inFlight = null;
            }
        });
        next(app);
    };
}

/// <summary>The app with the page cache switched off, so every request renders, and its commands counted.</summary>
public sealed class QueryCountingFactory : StorefrontFactory
{
    public QueryCounter Counter => Services.GetRequiredService<QueryCounter>();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("OutputCache:Enabled", "false");
        builder.ConfigureServices(services =>
        {
            // The sweep and the confirmation sender query on their own schedule; here they would count for whatever request is in flight.
            foreach (var background in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.Name is "ReservationExpiryService" or "ConfirmationSender").ToList())
            {
                services.Remove(background);
            }

            services.AddSingleton<QueryCounter>();
            services.AddSingleton<IStartupFilter>(sp => sp.GetRequiredService<QueryCounter>());
            services.ConfigureDbContext<SqliteStorefrontDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<QueryCounter>()));
        });
    }
}
