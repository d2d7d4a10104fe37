using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Web.Tests.Support;

/// <summary>Counts the SQL commands each request sends (background work, which has no request, is not counted).</summary>
public sealed class QueryCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Path, string Sql)> _commands = new();

    public IReadOnlyList<string> For(string pathAndQuery) =>
        _commands.Where(c => c.Path == pathAndQuery).Select(c => c.Sql).ToList();

    public void Clear() => _commands.Clear();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (http.HttpContext?.Request is { } request)
        {
            _commands.Enqueue((request.Path + request.QueryString, result.CommandText));
        }

        return result;
    }
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
            services.AddSingleton<QueryCounter>();
            services.ConfigureDbContext<SqliteStorefrontDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<QueryCounter>()));
        });
    }
}
