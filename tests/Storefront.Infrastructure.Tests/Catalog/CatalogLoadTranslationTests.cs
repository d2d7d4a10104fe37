using Microsoft.EntityFrameworkCore;
using Storefront.Application.Catalog;
using Storefront.Application.Catalog.Search;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Infrastructure.Tests.Catalog;

/// <summary>
/// Search and the shop's filter counts work in memory on what two queries load; SQL Server cannot run here, so these
/// check that both queries translate to SQL Server SQL (EF Core throws for a part it cannot translate) and that the
/// database, not the app, does the filtering. The context runs single queries so the SQL shows every part at once.
/// </summary>
public sealed class CatalogLoadTranslationTests : IDisposable
{
    private readonly SqlServerStorefrontDbContext _db = new(new DbContextOptionsBuilder<SqlServerStorefrontDbContext>()
        .UseSqlServer("Server=unused;Database=unused;TrustServerCertificate=True")
        .Options);

    [Fact]
    public void The_search_index_load_translates_to_sql_server_sql()
    {
        var sql = CatalogSearch.SourceQuery(_db.Products).ToQueryString();

        Assert.Contains("FROM [Products]", sql);
        Assert.Contains("[ProductVariants]", sql);
        Assert.Contains("[Status] = N'Published'", sql);
        Assert.Contains("[IsRetired] = CAST(0 AS bit)", sql);
        Assert.Contains("[Description]", sql);
        Assert.Contains("[Colour]", sql);
    }

    [Fact]
    public void The_shelves_load_behind_the_filter_counts_translates_to_sql_server_sql()
    {
        var sql = CatalogShelves.ProductsQuery(_db.Products).ToQueryString();

        Assert.Contains("FROM [Products]", sql);
        Assert.Contains("[Status] = N'Published'", sql);
        Assert.Contains("[IsRetired] = CAST(0 AS bit)", sql);
        Assert.Contains("[StockOnHand] - [p0].[Reserved]", sql);
    }

    public void Dispose() => _db.Dispose();
}
