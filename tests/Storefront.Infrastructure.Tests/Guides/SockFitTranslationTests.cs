using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Guides;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Infrastructure.Tests.Guides;

/// <summary>The guide finds socks with <see cref="SockFit.Criteria"/> in SQL; it must translate on SQL Server too, not only on SQLite.</summary>
public sealed class SockFitTranslationTests
{
    [Fact]
    public void A_sock_fit_with_every_kind_of_condition_translates_to_sql_server_sql()
    {
        using var db = new SqlServerStorefrontDbContext(new DbContextOptionsBuilder<SqlServerStorefrontDbContext>()
            .UseSqlServer("Server=unused;Database=unused;TrustServerCertificate=True")
            .Options);
        var fit = new SockFit([SockStyle.KneeHigh, SockStyle.WideCalf], [CompressionLevel.Moderate15To20], SockUse.Everyday | SockUse.Travel, SockUse.Pregnancy, "Why.");

        var sql = db.Products.Where(fit.Criteria).OrderBy(p => p.FromPrice).Take(3).ToQueryString();

        Assert.Contains("[Products]", sql);
        Assert.Contains("[ProductVariants]", sql);
        Assert.Contains("Style", sql);
        Assert.Contains("Compression", sql);
    }
}
